import { useI18n } from '../i18n/i18n.tsx';
import { Term } from './Glossary.tsx';
import type { GlossaryId } from '../i18n/glossary.ts';

/** Marker types that are domain terms: their "?" explains them. */
const TYPE_TERMS: Partial<Record<string, GlossaryId>> = {
  SBO: 'sbo',
  SO: 'vso',
  VSO: 'vso',
  PRO: 'pro',
  HOUSING: 'ihp',
};
import { NO_DATA_COLOR, SUPPRESSED_COLOR, TYPE_COLORS, type ColorScale } from '../lib/colorScale.ts';

export function Legend({
  title,
  scale,
  decimals = 0,
  percent,
  types,
  showSuppressed,
}: {
  title: string;
  /** The colour classes; without one, the legend lists the marker types only (a map of points). */
  scale?: ColorScale;
  decimals?: number;
  percent?: boolean;
  types?: string[];
  showSuppressed?: boolean;
}) {
  const { t, tx, num } = useI18n();
  const f = (v: number) => (percent ? `${num(v * 100, decimals)}%` : num(v, decimals));
  return (
    <section className="legend" aria-label={t('map.legend')}>
      <h2 className="legend-title">{title}</h2>
      {scale && (
        <ul>
          {scale.zeroColor && (
            <li>
              <span className="swatch" style={{ background: scale.zeroColor }} aria-hidden="true" />{' '}
              {t('map.legend.zero')} (0)
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
            <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />{' '}
            {t('map.legend.noData')}
          </li>
          {showSuppressed && (
            <li>
              <span className="swatch swatch-hatch" style={{ background: SUPPRESSED_COLOR }} aria-hidden="true" />{' '}
              {t('map.legend.suppressed')}
            </li>
          )}
        </ul>
      )}
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
    </section>
  );
}
