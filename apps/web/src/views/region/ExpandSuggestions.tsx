import { useI18n } from '../../i18n/i18n.tsx';
import type { PlanFigures, RegionData } from '../../api/model.ts';
import { bestPlacesToExpand } from '../../lib/planView.ts';
import { Term } from '../../components/Glossary.tsx';
import { emptyForm, type ChangeForm } from '../../lib/scenarioForm.ts';

/**
 * Where one more place helps most, from the plan's dual prices (the marginal
 * value of a place), with a one-click start of a capacity change.
 */
export function ExpandSuggestions({
  region,
  plan,
  category,
  categoryName,
  year,
  canEdit,
  onAddCapacity,
}: {
  region: RegionData;
  plan: PlanFigures;
  category: string;
  categoryName: string;
  year: number;
  canEdit: boolean;
  onAddCapacity(form: ChangeForm): void;
}) {
  const { t, num } = useI18n();
  const best = bestPlacesToExpand(plan, category, year).filter((b) =>
    region.provisions.some((p) => p.code === b.provision),
  );
  return (
    <section className="suggestions" aria-labelledby="suggest-title" data-testid="expand-suggestions">
      <h3 id="suggest-title">{t('plan.suggest.title', { category: categoryName, year })}</h3>
      {best.length === 0 ? (
        <p className="muted small">{t('plan.suggest.none')}</p>
      ) : (
        <ol>
          {best.map((b) => {
            const p = region.provisions.find((x) => x.code === b.provision)!;
            return (
              <li key={b.provision}>
                <span>
                  <strong>{p.name}</strong> — {t('plan.suggest.value', { value: num(b.unmetPupilEquivalent, 2) })}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    onClick={() =>
                      onAddCapacity(
                        emptyForm('CAPACITY', {
                          provisionCode: p.code,
                          places: String(p.totalPlaces + (p.groupSize || 12)),
                        }),
                      )
                    }
                    aria-label={`${t('detail.addCapacity')}: ${p.name}`}
                  >
                    {t('detail.addCapacity')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="hint">
        {t('plan.suggest.help')} <Term id="schaduwprijs" />
      </p>
    </section>
  );
}
