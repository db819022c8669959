import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { REGION_TABS, type RegionTab } from '../../lib/urlState.ts';

const TAB_IDS = { map: 'tab-map', plan: 'tab-plan', compare: 'tab-compare', finances: 'tab-finances' } as const;

/** The id of a tab's button, which labels its panel. */
export const tabId = (tab: RegionTab) => TAB_IDS[tab];

/** The region view's tabs; the arrow keys move between them (focus follows). */
export function RegionTabs({ tab: current, onTab }: { tab: RegionTab; onTab(tab: RegionTab): void }) {
  const { t } = useI18n();
  const onKeyDown = (tab: RegionTab) => (e: KeyboardEvent) => {
    const next = tabAfterKey(tab, e.key);
    if (!next) return;
    onTab(next);
    requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  };
  return (
    <div role="tablist" aria-label={t('region.tabs')} className="tabs">
      {REGION_TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          role="tab"
          type="button"
          aria-selected={current === tab}
          aria-controls={`panel-${tab}`}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => onTab(tab)}
          onKeyDown={onKeyDown(tab)}
        >
          {t(`region.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}

function tabAfterKey(tab: RegionTab, key: string): RegionTab | null {
  // Round the tab list both ways (WAI-ARIA tabs pattern): left of the first is the last.
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? REGION_TABS.length - 1 : null;
  if (step === null) return null;
  return REGION_TABS[(REGION_TABS.indexOf(tab) + step) % REGION_TABS.length] ?? null;
}
