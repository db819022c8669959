import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { FieldError } from '../lib/scenarioForm.ts';
import { displayCount, type CountInput } from '../lib/suppression.ts';
import { niceStep } from '../lib/colorScale.ts';

/** Loading and error states: never a blank screen. */
export function DataState({
  loading,
  error,
  onRetry,
  children,
  label,
}: {
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
  label?: string;
}) {
  const { t, errorText } = useI18n();
  if (error) {
    return (
      <div className="state state-error" role="alert">
        <strong>{t('error.title')}</strong>
        <p>{errorText(error)}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )}
        {children}
      </div>
    );
  }
  if (loading) {
    return (
      <div className="state state-loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {label ?? t('app.loading')}
      </div>
    );
  }
  return <>{children}</>;
}

/** A count that may be suppressed: "<5" with an explanation for screen readers and on hover. */
export function Count({
  value,
  suppressSmall,
  decimals,
}: {
  value: CountInput;
  suppressSmall?: boolean;
  decimals?: number;
}) {
  const { t, locale } = useI18n();
  const d = displayCount(value, { locale, suppressSmall, decimals });
  if (d.suppressed) {
    return (
      <span className="suppressed" title={t('map.legend.suppressed')} data-suppressed="true">
        <span aria-hidden="true">{d.text}</span>
        <span className="sr-only">{t('map.legend.suppressed')}</span>
      </span>
    );
  }
  return <span>{d.text}</span>;
}

export function Field({
  label,
  error,
  children,
  hint,
}: {
  label: string;
  error?: FieldError;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { tx } = useI18n();
  const id = useId();
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errId} className="field-error" role="alert">
          {tx(error.key, error.params)}
        </small>
      )}
    </div>
  );
}

export function Kpi({
  label,
  value,
  help,
  testId,
}: {
  label: ReactNode;
  value: ReactNode;
  help?: string;
  testId?: string;
}) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
      {help && <div className="kpi-help">{help}</div>}
    </div>
  );
}

export interface BarSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

/** A grouped bar chart in SVG, with a text alternative (the caller shows the same numbers in a table). */
export function BarChart({
  title,
  categories,
  series,
  unit,
}: {
  title: string;
  categories: string[];
  series: BarSeries[];
  unit?: string;
}) {
  const { num, t } = useI18n();
  const all = series.flatMap((s) => s.values).filter((v): v is number => v != null);
  if (all.length === 0) return <p className="muted">{t('chart.noData')}</p>;
  const rawMax = Math.max(1, ...all);
  const integers = all.every((v) => Number.isInteger(v));
  const step = integers ? Math.max(1, niceStep(rawMax / 4)) : niceStep(rawMax / 4);
  const stepDecimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) + (String(step).includes('.25') ? 1 : 0);
  const max = Math.ceil(rawMax / step) * step;
  const decimals = rawMax < 20 && all.some((v) => !Number.isInteger(v)) ? 1 : 0;
  const W = Math.max(460, categories.length * (series.length * 26 + 14) + 60);
  const H = 200;
  const pad = { l: 44, r: 8, t: 12, b: 28 };
  const gw = (W - pad.l - pad.r) / categories.length;
  const bw = Math.min(36, (gw - 12) / series.length);
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} width="100%" style={{ maxWidth: W }}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={pad.l - 4} y={y(v) + 4} textAnchor="end" fontSize="10" fill="#333">
              {num(v, stepDecimals)}
            </text>
          </g>
        ))}
        {categories.map((c, ci) => (
          <g key={c}>
            {series.map((s, si) => {
              const v = s.values[ci];
              if (v == null) return null;
              const x = pad.l + ci * gw + (gw - bw * series.length) / 2 + si * bw;
              return (
                <g key={s.label}>
                  <rect
                    x={x}
                    y={y(v)}
                    width={bw - 2}
                    height={Math.max(0, y(0) - y(v))}
                    fill={s.color}
                    stroke="#222"
                    strokeWidth="0.5"
                  >
                    <title>{`${s.label}, ${c}: ${num(v, decimals)}${unit ? ` ${unit}` : ''}`}</title>
                  </rect>
                  <text x={x + (bw - 2) / 2} y={y(v) - 3} textAnchor="middle" fontSize="9" fill="#222">
                    {num(v, decimals)}
                  </text>
                </g>
              );
            })}
            <text x={pad.l + ci * gw + gw / 2} y={H - 10} textAnchor="middle" fontSize="11" fill="#222">
              {c}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {title}
        <SeriesLegend series={series} />
      </figcaption>
    </figure>
  );
}

/** The colour key of a chart's series (the figure's caption holds it). */
export function SeriesLegend({ series }: { series: { label: string; color: string }[] }) {
  return (
    <span className="chart-legend">
      {series.map((s) => (
        <span key={s.label}>
          <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
        </span>
      ))}
    </span>
  );
}

/** Polite live region for confirmations ("Scenario saved"). */
export function Announce({ message }: { message: string | null }) {
  return (
    <div className="announce" role="status" aria-live="polite">
      {message}
    </div>
  );
}
