import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** Copies the current address (which reproduces the view) to the clipboard. */
export function CopyLink() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button small"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setDone(true);
            setTimeout(() => setDone(false), 2500);
          } catch {
            window.prompt(t('app.copyLink'), window.location.href);
          }
        }}
      >
        <span aria-hidden="true">🔗</span> {t('app.copyLink')}
      </button>
      <span role="status" aria-live="polite" className="small muted">
        {done ? t('app.linkCopied') : ''}
      </span>
    </>
  );
}
