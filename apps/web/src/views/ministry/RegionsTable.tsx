import { useI18n } from '../../i18n/i18n.tsx';
import { Count } from '../../components/ui.tsx';
import { formatRoute, regionRoute, type MinistrySort } from '../../lib/urlState.ts';
import { sortValue, type RegionRow } from '../../lib/ministry.ts';
import type { MinistryRoute } from './MinistryFilters.tsx';

const COLUMNS: { key: MinistrySort; label: string; numeric?: boolean }[] = [
  { key: 'code', label: 'ministry.col.code' },
  { key: 'name', label: 'ministry.col.name' },
  { key: 'gap', label: 'ministry.col.gap', numeric: true },
  { key: 'waiting', label: 'ministry.col.waiting', numeric: true },
  { key: 'travel', label: 'ministry.col.travel', numeric: true },
  { key: 'inclusive', label: 'ministry.col.inclusive', numeric: true },
  { key: 'sbo', label: 'ministry.col.sbo', numeric: true },
];

/** Every region with its figures for the year, sortable by any column (the sort kept in the URL). */
export function RegionsTable({
  rows,
  route,
  picked,
  set,
}: {
  rows: RegionRow[];
  route: MinistryRoute;
  /** The region picked on the map, highlighted. */
  picked: string | null;
  set(patch: Partial<MinistryRoute>): void;
}) {
  const { t, tx } = useI18n();
  const sortLabel = tx(COLUMNS.find((c) => c.key === route.sort)?.label ?? '');
  return (
    <section className="panel" aria-labelledby="regions-title">
      <h2 id="regions-title">
        {t('ministry.table')} <span className="muted small">{t('ministry.regions', { count: rows.length })}</span>
      </h2>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('app.scrollTable', { name: t('ministry.table') })}
      >
        <table className="data sortable" data-testid="regions-table">
          <caption>{t('ministry.table.caption', { column: sortLabel, dir: t(`ministry.sort.${route.dir}`) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortableHeader key={c.key} column={c} route={route} set={set} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <RegionRowCells key={r.code} row={r} route={route} current={picked === r.code} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SortableHeader({
  column: c,
  route,
  set,
}: {
  column: (typeof COLUMNS)[number];
  route: MinistryRoute;
  set(patch: Partial<MinistryRoute>): void;
}) {
  const { t, tx } = useI18n();
  const active = route.sort === c.key;
  return (
    <th
      scope="col"
      className={c.numeric ? 'num' : undefined}
      aria-sort={active ? (route.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        data-sort={c.key}
        onClick={() =>
          set({
            sort: c.key,
            dir: active ? (route.dir === 'asc' ? 'desc' : 'asc') : c.numeric ? 'desc' : 'asc',
          })
        }
        aria-label={t('ministry.sortBy', { column: tx(c.label) })}
      >
        {tx(c.label)} <span aria-hidden="true">{active ? (route.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

function RegionRowCells({ row: r, route, current }: { row: RegionRow; route: MinistryRoute; current: boolean }) {
  const { t, num, pct, locale } = useI18n();
  const sortKey = sortValue(r, route.sort) as number;
  return (
    <tr
      className={current ? 'row-current' : undefined}
      data-region={r.code}
      data-sort-key={Number.isFinite(sortKey) ? String(sortKey) : ''}
      data-suppressed={r.gap?.suppressed ? 'true' : undefined}
    >
      <td>
        <a href={formatRoute(regionRoute(r.code, { year: route.year }))}>{r.code}</a>
      </td>
      <th scope="row">
        {r.name}
        {r.shownPlan && (
          <span className="muted small shown-plan" data-testid="ministry-shown-plan">
            {' '}
            {t(`ministry.shownPlan.${r.shownPlan.kind}`, {
              date: new Date(r.shownPlan.adoptedAt).toLocaleDateString(locale),
            })}
          </span>
        )}
      </th>
      <td className="num">
        {r.gap ? <Count value={r.gap} decimals={1} /> : <span className="muted">{t('ministry.noPlan')}</span>}
      </td>
      <td className="num">
        <Count value={r.waiting} />
      </td>
      <td className="num">
        {r.travel != null ? `${num(r.travel, 1)}${r.travelP90 != null ? ` / ${num(r.travelP90, 1)}` : ''}` : '–'}
      </td>
      <td className="num">{pct(r.inclusive)}</td>
      <td className={`num${r.sboAbove ? ' worse' : ''}`}>
        {pct(r.sbo)}
        {r.sboAbove && <span className="tag">{t('ministry.aboveLine')}</span>}
      </td>
    </tr>
  );
}
