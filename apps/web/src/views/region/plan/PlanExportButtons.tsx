import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useChangeSummary } from '../ScenarioPanel.tsx';
import {
  downloadActionsCsv,
  downloadCoverageCsv,
  downloadGapsGeoJson,
  downloadWorkbook,
  type PlanExportSource,
} from './planExports.ts';

const DIALECTS = ['plain', 'nl'] as const;

/** Whether an export is under way and what went wrong with the last one (shown by the panel). */
export interface ExportStatus {
  error: string | null;
  busy: boolean;
  /** Clears the last error, runs the export and keeps what went wrong. */
  attempt(task: () => Promise<void>): Promise<void>;
  /** As `attempt`, one at a time: the workbook takes a moment. */
  attemptOnce(task: () => Promise<void>): Promise<void>;
}

export function useExportStatus(): ExportStatus {
  const { errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (task: () => Promise<void>) => {
    setError(null);
    try {
      await task();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const attemptOnce = async (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await attempt(task);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, attempt, attemptOnce };
}

/** The plan's downloads and the print button; members only get what holds no small counts. */
export function PlanExportButtons({
  source,
  category,
  year,
  membersOnly,
  status,
}: {
  source: PlanExportSource;
  category: string;
  year: number;
  membersOnly?: boolean;
  status: ExportStatus;
}) {
  const { t } = useI18n();
  const summary = useChangeSummary(source.region, source.categories);
  const changes = () => source.scenario.changes.map((c) => summary(c.kind, c.payload));
  return (
    <div className="button-row no-print" role="group" aria-label={t('plan.export')}>
      {DIALECTS.map((dialect) => (
        <button
          key={`coverage-${dialect}`}
          type="button"
          disabled={membersOnly}
          data-testid={dialect === 'nl' ? 'export-csv-nl' : 'export-csv'}
          onClick={() => status.attempt(() => downloadCoverageCsv(source, dialect))}
        >
          {t(dialect === 'nl' ? 'plan.export.csvNl' : 'plan.export.csv')}
        </button>
      ))}
      {DIALECTS.map((dialect) => (
        <button
          key={`actions-${dialect}`}
          type="button"
          data-testid={dialect === 'nl' ? 'export-actions-nl' : 'export-actions'}
          onClick={() => downloadActionsCsv(source, dialect)}
        >
          {t(dialect === 'nl' ? 'plan.export.actionsCsvNl' : 'plan.export.actionsCsv')}
        </button>
      ))}
      <button
        type="button"
        disabled={membersOnly}
        data-testid="export-geojson"
        onClick={() => downloadGapsGeoJson(source, category, year)}
      >
        {t('plan.export.geojson')}
      </button>
      <button
        type="button"
        disabled={membersOnly}
        aria-disabled={status.busy || undefined}
        data-testid="export-xlsx"
        onClick={() => status.attemptOnce(() => downloadWorkbook(source, changes()))}
      >
        {t('plan.export.xlsx')}
      </button>
      <button type="button" data-testid="print-report-button" onClick={() => window.print()}>
        {t('plan.export.report')}
      </button>
    </div>
  );
}
