import { useI18n } from '../i18n/i18n.tsx';
import { Term } from './Glossary.tsx';
import type { GlossaryId } from '../i18n/glossary.ts';
import { NO_DATA_COLOR, SUPPRESSED_COLOR, TYPE_COLORS, type ColorScale } from '../lib/colorScale.ts';

/** Marker types that are domain terms: their "?" explains them. */
const TYPE_TERMS: Partial<Record<string, GlossaryId>> = {
  SBO: 'sbo',
  SO: 'vso',
  VSO: 'vso',
  PRO: 'pro',
  HOUSING: 'ihp',
};

/** One coloured layer of the map and its classes. */
export interface LegendLayer {
  /** Which layer these colours are on, in words ("Vlakken: gemeenten"). */
  label: string;
  scale: ColorScale;
  decimals?: number;
  percent?: boolean;
  showSuppressed?: boolean;
  /** Stable id for tests and styling (e.g. 'gemeenten', 'areas'). */
  id?: string;
}

/** The base map's lines and names, as the legend names them. */
export type BaseLayer = 'placeNames' | 'gemeenteBorders' | 'regionOutlines';

/**
 * The one legend of a map: every coloured layer with its own classes (each
 * saying which layer it colours), the marker types, and the base map.
 * `scale` alone is the short form for a map with one coloured layer.
 */
export function Legend({
  title,
  scale,
  decimals = 0,
  percent,
  types,
  showSuppressed,
  layers,
  base,
}: {
  title: string;
  /** The colour classes; without one, the legend lists the marker types only (a map of points). */
  scale?: ColorScale;
  decimals?: number;
  percent?: boolean;
  types?: string[];
  showSuppressed?: boolean;
  /** Several coloured layers, each under its own label (instead of `scale`). */
  layers?: LegendLayer[];
  /** The base map's elements drawn on this map. */
  base?: BaseLayer[];
}) {
  const { t, tx } = useI18n();
  return (
    <section className="legend" aria-label={t('map.legend')} data-testid="map-legend">
      <h2 className="legend-title">{title}</h2>
      {scale && <ScaleList scale={scale} decimals={decimals} percent={percent} showSuppressed={showSuppressed} />}
      {layers?.map((l) => (
        <div key={l.id ?? l.label} className="legend-layer" data-layer={l.id}>
          <h3>{l.label}</h3>
          <ScaleList scale={l.scale} decimals={l.decimals ?? 0} percent={l.percent} showSuppressed={l.showSuppressed} />
        </div>
      ))}
      {types && types.length > 0 && (
        <>
          <h3>{t('map.legend.types')}</h3>
          <ul>
            {types.map((ty) => (
              <li key={ty}>
                <span
                  className={`dot${ty === 'PROVISION' || ty === 'CANDIDATE' || ty === 'HOUSING' ? ' dot-ring' : ''}${ty === 'CANDIDATE' ? ' dot-dashed' : ''}`}
                  style={{ background: TYPE_COLORS[ty] }}
                  aria-hidden="true"
                />{' '}
                {tx(`type.${ty}`)}
                {TYPE_TERMS[ty] && <Term id={TYPE_TERMS[ty]} compact />}
              </li>
            ))}
          </ul>
        </>
      )}
      {base && base.length > 0 && (
        <>
          <h3>{t('map.legend.base')}</h3>
          <ul className="legend-base">
            {base.map((b) => (
              <li key={b} data-base={b}>
                <span className={`base-sample base-${b}`} aria-hidden="true">
                  {b === 'placeNames' ? 'Aa' : ''}
                </span>{' '}
                {tx(`map.legend.base.${b}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ScaleList({
  scale,
  decimals,
  percent,
  showSuppressed,
}: {
  scale: ColorScale;
  decimals: number;
  percent?: boolean;
  showSuppressed?: boolean;
}) {
  const { t, num } = useI18n();
  const f = (v: number) => (percent ? `${num(v * 100, decimals)}%` : num(v, decimals));
  return (
    <ul>
      {scale.zeroColor && (
        <li>
          <span className="swatch" style={{ background: scale.zeroColor }} aria-hidden="true" /> {t('map.legend.zero')}{' '}
          (0)
        </li>
      )}
      {scale.legend.map((e, i) => (
        <li key={e.color}>
          <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
          {scale.kind === 'diverging'
            ? i === 0
              ? `< ${f(e.to)}`
              : i === scale.legend.length - 1
                ? `≥ ${f(e.from)}`
                : `${f(e.from)} – ${f(e.to)}`
            : i === scale.legend.length - 1
              ? `> ${f(e.from)}`
              : `${f(e.from)} – ${f(e.to)}`}
        </li>
      ))}
      <li>
        <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" /> {t('map.legend.noData')}
      </li>
      {showSuppressed && (
        <li>
          <span className="swatch swatch-hatch" style={{ background: SUPPRESSED_COLOR }} aria-hidden="true" />{' '}
          {t('map.legend.suppressed')}
        </li>
      )}
    </ul>
  );
}
