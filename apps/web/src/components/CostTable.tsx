/**
 * The one cost table on screen (issue 9, item 5): every amount and norm the engine uses, with a
 * Dutch (or English) label, its value in its unit, its source, and "aanname" where the source
 * says so. Opened from the top bar (`CostTableButton`), next to the glossary; read from the API's
 * `costTable`, so it is always what the engine used.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { useQuery } from '../api/hooks.ts';
import { COST_TABLE, type CostTableEntry } from '../api/costs.ts';
import { DataState } from './ui.tsx';

/** A value in its unit: "€ 12.000 per jaar", "12 leerlingen", "€ 0,9 per km", "bestuur 33,3% · …". */
export function costValueText(e: CostTableEntry, i18n: Pick<I18n, 'tx' | 'num' | 'euro' | 'pct'>): string {
  const { tx, num, euro, pct } = i18n;
  if (e.unit === 'SHARE')
    return e.shares
      ? tx('costs.unit.SHARE', { board: pct(e.shares.board), swv: pct(e.shares.swv), gemeente: pct(e.shares.gemeente) })
      : '–';
  const value =
    e.unit === 'EURO' || e.unit === 'EURO_PER_YEAR' ? euro(e.value) : num(e.value, e.unit === 'EURO_PER_KM' ? 2 : 1);
  return tx(`costs.unit.${e.unit}`, { value });
}

/** The label of an entry in the chosen language; an entry the catalogue does not know shows its path. */
export function costLabel(e: CostTableEntry, tx: I18n['tx']): string {
  return tx(`costs.entry.${e.path}`);
}

export function CostTableView() {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const table = useQuery(COST_TABLE, {});
  return (
    <DataState loading={table.loading && !table.data} error={table.error} onRetry={table.refetch}>
      <p className="muted small">{t('costs.table.intro')}</p>
      <table className="data" data-testid="cost-table">
        <caption>{t('costs.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('costs.table.what')}</th>
            <th scope="col" className="num">
              {t('costs.table.value')}
            </th>
            <th scope="col">{t('costs.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {(table.data?.costTable ?? []).map((e) => (
            <tr key={e.path} data-cost-path={e.path}>
              <th scope="row">{costLabel(e, tx)}</th>
              <td className="num">{costValueText(e, i18n)}</td>
              <td className="small">
                {e.assumption && (
                  <span className="tag tag-assumption" title={t('costs.table.assumptionTitle')}>
                    {t('costs.table.assumption')}
                  </span>
                )}{' '}
                <span lang="en">{e.source}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataState>
  );
}

/**
 * The "Kostentabel" button in the top bar and the side panel it opens, placed in the document body
 * (Escape or Sluiten closes it and puts the focus back on the button).
 */
export function CostTableButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('h2')?.focus());
  }, [open]);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls="cost-table-panel"
        data-testid="cost-table-button"
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('costs.table.open')}
      </button>
      {/* Into the body, not the top bar: the panel reads in the page's colours, not the bar's. */}
      {open &&
        createPortal(
          <aside
            ref={panel}
            id="cost-table-panel"
            className="glossary-panel cost-table-panel"
            aria-labelledby="cost-table-title"
            data-testid="cost-table-panel"
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
            }}
          >
            <div className="panel-head">
              <h2 id="cost-table-title" tabIndex={-1}>
                {t('costs.table.title')}
              </h2>
              <button type="button" onClick={close} data-testid="cost-table-close">
                {t('app.close')}
              </button>
            </div>
            <CostTableView />
          </aside>,
          document.body,
        )}
    </>
  );
}
