import { useI18n } from '../../../i18n/i18n.tsx';
import type { RegionData } from '../../../api/model.ts';

/** Keyboard route to every provision and school (canvas markers are not focusable). */
export function ProvisionList({
  region,
  category,
  onSelect,
  selected,
}: {
  region: RegionData;
  category: string;
  onSelect(id: string): void;
  selected?: string;
}) {
  const { t } = useI18n();
  return (
    <details className="provision-list">
      <summary>
        {t('region.summary.provisions')} ({region.provisions.length}) · {t('region.summary.schools')} (
        {region.schools.length})
      </summary>
      <h3>{t('region.summary.provisions')}</h3>
      <Provisions region={region} category={category} onSelect={onSelect} selected={selected} />
      <h3>{t('region.summary.schools')}</h3>
      <Schools region={region} onSelect={onSelect} selected={selected} />
    </details>
  );
}

/** The provisions, most places for this need first. */
function Provisions({
  region,
  category,
  onSelect,
  selected,
}: {
  region: RegionData;
  category: string;
  onSelect(id: string): void;
  selected?: string;
}) {
  const { t, tx } = useI18n();
  const sorted = [...region.provisions].sort(
    (a, b) => (b.capacity[category] ?? 0) - (a.capacity[category] ?? 0) || a.name.localeCompare(b.name),
  );
  return (
    <ul>
      {sorted.map((p) => (
        <li key={p.code}>
          <button
            type="button"
            className="link-button"
            aria-pressed={selected === p.code}
            onClick={() => onSelect(p.code)}
            data-provision={p.code}
          >
            {p.name}
          </button>{' '}
          <span className="muted">
            {tx(`rung.${p.rung}`)} · {p.capacity[category] ?? 0} {t('detail.capacity.places').toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The schools by name. */
function Schools({
  region,
  onSelect,
  selected,
}: {
  region: RegionData;
  onSelect(id: string): void;
  selected?: string;
}) {
  const { tx } = useI18n();
  return (
    <ul>
      {[...region.schools]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((s, i) => (
          // A vestiging can have more than one address (two locations, one code): the key needs the position.
          <li key={`${s.code}:${i}`}>
            <button
              type="button"
              className="link-button"
              aria-pressed={selected === s.code}
              onClick={() => onSelect(s.code)}
            >
              {s.name}
            </button>{' '}
            <span className="muted">
              {tx(`type.${s.type}`)}
              {s.place ? ` · ${s.place}` : ''}
            </span>
          </li>
        ))}
    </ul>
  );
}
