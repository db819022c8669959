import { useEffect, useRef } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { SessionProvider, useSession } from './api/session.tsx';
import { useRoute } from './router.ts';
import { formatRoute, ministryRoute, regionRoute, startRoute, type Route } from './lib/urlState.ts';
import { DataState } from './components/ui.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { SignIn } from './views/SignIn.tsx';
import { GlossaryButton, GlossaryPanel, GlossaryProvider } from './components/Glossary.tsx';
import { CostTableButton } from './components/CostTable.tsx';
import { RegionView } from './views/region/RegionView.tsx';
import { GemeenteView } from './views/GemeenteView.tsx';
import { MinistryView } from './views/MinistryView.tsx';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <GlossaryProvider>
          <Shell />
        </GlossaryProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const session = useSession();
  const [route, navigate] = useRoute();
  const main = useRef<HTMLElement>(null);
  const viewer = session.viewer;

  // Send signed-in users from the sign-in and home pages to their start page.
  useEffect(() => {
    if (session.checking || !viewer) return;
    if (route.view === 'signin' || route.view === 'home') {
      const start = startRoute(viewer);
      if (start.view !== 'home') navigate(start, { replace: true });
    }
  }, [viewer, session.checking, route.view, navigate]);

  // Move focus to the main content on view change, for keyboard and screen-reader users.
  const viewKey = route.view === 'region' ? `region:${route.region}` : route.view;
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [viewKey]);

  useEffect(() => {
    const titles: Record<Route['view'], string> = {
      signin: t('signin.title'),
      home: t('home.title'),
      region: route.view === 'region' ? route.region : '',
      gemeente: route.view === 'gemeente' ? route.gemeente : '',
      ministry: t('ministry.title'),
    };
    document.title = `${titles[route.view]} · ${t('app.name')}`;
  }, [route, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('app.skipToContent')}
      </a>
      <TopBar
        route={route}
        onSignOut={() => {
          session.signOut();
          navigate({ view: 'signin' });
        }}
      />
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary title={t('error.title')} retry={t('app.retry')} resetKey={window.location.hash}>
          <PageContent route={route} navigate={navigate} />
        </ErrorBoundary>
      </main>
      <GlossaryPanel />
    </div>
  );
}

/** The view the route asks for: sign-in, a region, a gemeente, the country, or a page without scope. */
function PageContent({ route, navigate }: { route: Route; navigate: ReturnType<typeof useRoute>[1] }) {
  const { t } = useI18n();
  const session = useSession();
  const viewer = session.viewer;
  if (session.checking) return <DataState loading error={null} />;
  if (!viewer)
    return (
      <SignIn
        onSignedIn={(v) =>
          navigate(route.view === 'signin' || route.view === 'home' ? startRoute(v) : route, { replace: true })
        }
      />
    );
  if (route.view === 'region') return <RegionView route={route} navigate={navigate} viewer={viewer} />;
  if (route.view === 'gemeente') return <GemeenteView route={route} navigate={navigate} viewer={viewer} />;
  if (route.view === 'ministry') return <MinistryView route={route} navigate={navigate} viewer={viewer} />;
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.noScope')}</p>
    </section>
  );
}

/** The top bar: the product's name, the user's places, glossary, cost table, language and sign-out. */
function TopBar({ route, onSignOut }: { route: Route; onSignOut(): void }) {
  const { t, lang, setLang } = useI18n();
  const viewer = useSession().viewer;
  const navLinks: { route: Route; label: string }[] = [];
  if (viewer) {
    for (const code of viewer.regionCodes)
      navLinks.push({ route: regionRoute(code), label: `${t('nav.region')} ${code}` });
    if (viewer.gemeenteCode)
      navLinks.push({
        route: { view: 'gemeente', gemeente: viewer.gemeenteCode, year: 2029 },
        label: viewer.gemeenteName ?? viewer.gemeenteCode,
      });
    if (viewer.role === 'MINISTRY') navLinks.push({ route: ministryRoute(), label: t('nav.country') });
  }

  return (
    <header className="topbar">
      <a className="brand" href={viewer ? formatRoute(startRoute(viewer)) : '#/'}>
        <span className="brand-mark" aria-hidden="true">
          ▦
        </span>
        {t('app.name')}
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      {viewer && (
        <nav aria-label={t('nav.main')}>
          <ul>
            {navLinks.map((l) => (
              <li key={l.label}>
                <a href={formatRoute(l.route)} aria-current={route.view === l.route.view ? 'page' : undefined}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="topbar-right">
        <GlossaryButton />
        {viewer && <CostTableButton />}
        <button
          type="button"
          className="link-button"
          lang={lang === 'nl' ? 'en' : 'nl'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
          data-testid="lang-switch"
        >
          {t('lang.switch')}
        </button>
        {viewer && (
          <>
            <span className="who" title={viewer.email}>
              {t('nav.signedInAs', { name: viewer.name })} · {t(`role.${viewer.role}`)}
            </span>
            <button type="button" className="link-button" onClick={onSignOut}>
              {t('nav.signOut')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
