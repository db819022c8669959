import { useI18n } from '../../i18n/i18n.tsx';
import type { Category, RegionData } from '../../api/model.ts';
import { CopyLink } from '../../components/CopyLink.tsx';
import { Term } from '../../components/Glossary.tsx';
import { categoryTerm } from '../../lib/glossary.ts';
import { YEARS } from '../../lib/urlState.ts';
import type { RegionRoute, SetRoute } from './useRegionRoute.ts';

/** Checkpoint years, starred in the year list. */
const CHECKPOINT_YEARS: readonly number[] = [2029, 2032, 2035];

/** The region's title and the filters every tab shares: the need and the year, and a link to this view. */
export function RegionHead({
  region,
  route,
  categories,
  set,
}: {
  region: RegionData;
  route: RegionRoute;
  /** The needs the plan allocates places for. */
  categories: Category[];
  set: SetRoute;
}) {
  const { t } = useI18n();
  const term = categoryTerm(route.category);
  return (
    <div className="page-head">
      <h1 id="region-title">{t('region.title', { name: region.name, code: region.code })}</h1>
      <div className="filters" role="group" aria-label={t('filters.category')}>
        <CategorySelect value={route.category} categories={categories} onChange={(category) => set({ category })} />
        {term && (
          <span className="filter-term">
            <Term id={term} compact />
          </span>
        )}
        <YearSelect value={route.year} onChange={(year) => set({ year })} />
        <span className="filter-term">
          ★ = <Term id="ijkjaar" />
        </span>
        <CopyLink />
      </div>
    </div>
  );
}

/** The allocated needs, and the one in the URL should it be none of them. */
function CategorySelect({
  value,
  categories,
  onChange,
}: {
  value: string;
  categories: Category[];
  onChange(category: string): void;
}) {
  const { t, lang } = useI18n();
  return (
    <label>
      {t('filters.category')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="category-select">
        {categories.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name[lang]}
          </option>
        ))}
        {!categories.some((c) => c.code === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}

function YearSelect({ value, onChange }: { value: number; onChange(year: number): void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('filters.year')}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid="year-select">
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
            {CHECKPOINT_YEARS.includes(y) ? ' ★' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
