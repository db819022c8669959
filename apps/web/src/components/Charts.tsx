/**
 * Small SVG charts with their numbers as text: a trend line over the plan's years with the
 * checkpoint years marked, and bars of placements per rung stacked per year. Each chart is an
 * image with a label, every mark has a title, and the numbers are in a table next to it.
 */
import { useI18n } from '../i18n/i18n.tsx';
import { SeriesLegend } from './ui.tsx';

/** A value the chart can draw: suppressed or unknown figures (null, NaN) are left out, never drawn as 0. */
const drawable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function TrendChart({
  title,
  years,
  values,
  checkpoints,
  format,
  max,
  color = '#0b5cad',
  testId,
}: {
  title: string;
  years: number[];
  values: (number | null)[];
  checkpoints: number[];
  format(v: number): string;
  /** Top of the axis (e.g. 1 for a share); default the largest value. */
  max?: number;
  color?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  values = values.map((v) => (drawable(v) ? v : null));
  const known = values.filter(drawable);
  if (years.length === 0 || known.length === 0) return <p className="muted">{t('chart.noData')}</p>;
  const W = 360;
  const H = 170;
  const pad = { l: 52, r: 12, t: 14, b: 26 };
  const top = max ?? Math.max(1e-9, ...known) * 1.1;
  const x = (i: number) => pad.l + (years.length === 1 ? 0.5 : i / (years.length - 1)) * (W - pad.l - pad.r);
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / top);
  const line = values
    .map((v, i) => (v == null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
    .filter(Boolean)
    .join(' ');
  return (
    <figure className="chart trend-chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label={title}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={pad.l} x2={W - pad.r} y1={y(top * f)} y2={y(top * f)} stroke="#ddd" />
            <text x={pad.l - 4} y={y(top * f) + 4} textAnchor="end" fontSize="10" fill="#333">
              {format(top * f)}
            </text>
          </g>
        ))}
        <polyline points={line} fill="none" stroke={color} strokeWidth="2" />
        {years.map((yr, i) => {
          const v = values[i];
          const cp = checkpoints.includes(yr);
          return (
            <g key={yr} data-year={yr} data-checkpoint={cp ? 'true' : undefined}>
              {v != null && (
                <circle cx={x(i)} cy={y(v)} r={cp ? 5 : 2.5} fill={cp ? '#fff' : color} stroke={color} strokeWidth="2">
                  <title>{`${yr}${cp ? ' ★' : ''}: ${format(v)}`}</title>
                </circle>
              )}
              {(cp || i === 0 || i === years.length - 1) && (
                <text x={x(i)} y={H - 8} textAnchor="middle" fontSize="10" fill="#222">
                  {yr}
                  {cp ? '★' : ''}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export interface StackSeries {
  label: string;
  color: string;
  values: number[];
}

/** Bars per year, stacked by series (e.g. placements per rung, then unmet). */
export function StackedBars({
  title,
  years,
  series,
  format,
  testId,
}: {
  title: string;
  years: number[];
  series: StackSeries[];
  format(v: number): string;
  testId?: string;
}) {
  const { t } = useI18n();
  const value = (s: StackSeries, i: number) => (drawable(s.values[i]) ? s.values[i]! : 0);
  const incomplete = years.some((_, i) => series.some((s) => !drawable(s.values[i])));
  const totals = years.map((_, i) => series.reduce((sum, s) => sum + value(s, i), 0));
  const top = Math.max(0, ...totals);
  if (years.length === 0 || top <= 0) return <p className="muted">{t('chart.noData')}</p>;
  const W = Math.max(360, years.length * 44 + 60);
  const H = 210;
  const pad = { l: 48, r: 8, t: 10, b: 26 };
  const gw = (W - pad.l - pad.r) / years.length;
  const bw = Math.min(30, gw - 8);
  const h = (v: number) => ((H - pad.t - pad.b) * v) / top;
  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label={title}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={pad.l} x2={W - pad.r} y1={H - pad.b - h(top * f)} y2={H - pad.b - h(top * f)} stroke="#ddd" />
            <text x={pad.l - 4} y={H - pad.b - h(top * f) + 4} textAnchor="end" fontSize="10" fill="#333">
              {format(top * f)}
            </text>
          </g>
        ))}
        {years.map((yr, i) => {
          let base = H - pad.b;
          const cx = pad.l + i * gw + (gw - bw) / 2;
          return (
            <g key={yr} data-year={yr}>
              {series.map((s) => {
                const v = value(s, i);
                if (v <= 0) return null;
                base -= h(v);
                return (
                  <rect
                    key={s.label}
                    x={cx}
                    y={base}
                    width={bw}
                    height={h(v)}
                    fill={s.color}
                    stroke="#222"
                    strokeWidth="0.4"
                  >
                    <title>{`${yr}, ${s.label}: ${format(v)}`}</title>
                  </rect>
                );
              })}
              <text x={cx + bw / 2} y={H - 8} textAnchor="middle" fontSize="10" fill="#222">
                {yr}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title}
        {incomplete && <span data-testid="chart-incomplete">{t('chart.suppressedLeftOut')}</span>}
        <SeriesLegend series={series} />
      </figcaption>
    </figure>
  );
}
