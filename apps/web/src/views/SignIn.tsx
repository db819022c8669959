import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../api/session.tsx';
import { ApiError } from '../api/client.ts';
import type { Viewer } from '../api/model.ts';

export function SignIn({ onSignedIn }: { onSignedIn(viewer: Viewer): void }) {
  const { t, errorText } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await session.signIn(email, password));
    } catch (err) {
      setError(
        err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'INVALID_INPUT')
          ? t('signin.failed')
          : errorText(err),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="signin page" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('signin.title')}</h1>
      <p>{t('signin.intro')}</p>
      {session.error && (
        <p className="field-error" role="alert">
          {errorText(session.error)}
        </p>
      )}
      {session.expired && (
        <p className="notice" role="status">
          {t('signin.expired')}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">{t('signin.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('signin.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signin.busy') : t('signin.submit')}
        </button>
      </form>
    </section>
  );
}
