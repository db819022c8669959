import { useI18n } from '../../../i18n/i18n.tsx';
import { GAP_METRICS, type GapMetric } from '../../../lib/urlState.ts';
import type { ShownLayers } from './place-points.ts';

const LAYERS = ['schools', 'provisions', 'areas'] as const;

/** Check boxes that switch the schools, the provisions and the postcode circles on and off. */
export function LayerToggles({ show, onChange }: { show: ShownLayers; onChange(show: ShownLayers): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="layers">
      <legend>{t('map.legend.types')}</legend>
      {LAYERS.map((k) => (
        <label key={k}>
          <input type="checkbox" checked={show[k]} onChange={(e) => onChange({ ...show, [k]: e.target.checked })} />{' '}
          {t(`map.layer.${k}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Colour the gaps by unmet pupils or by the share of demand left unmet. */
export function GapMetricChoice({ value, onChange }: { value: GapMetric; onChange?(metric: GapMetric): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="layers gap-metric" data-testid="gap-metric">
      <legend>{t('map.gapMetric')}</legend>
      {GAP_METRICS.map((m) => (
        <label key={m}>
          <input type="radio" name="gap-metric" value={m} checked={value === m} onChange={() => onChange?.(m)} />{' '}
          {t(`map.gapMetric.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** On a phone the scenario panel lies far below the map: a button down to its changes and solve button. */
export function JumpToScenarioButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="phone-only jump-button" data-testid="jump-to-scenario" onClick={jumpToScenario}>
      {t('map.jumpToScenario')}
    </button>
  );
}

function jumpToScenario() {
  const target = document.getElementById('scenario-changes-title') ?? document.getElementById('scenario-title');
  target?.scrollIntoView({ block: 'start' });
  // A heading takes the focus only when it may have it.
  if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target?.focus({ preventScroll: true });
}
