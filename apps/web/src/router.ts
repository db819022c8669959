import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './lib/urlState.ts';

/** The current route from `location.hash`, and a way to change it (push or replace). */
export function useRoute(): [Route, (next: Route, opts?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: Route, opts: { replace?: boolean } = {}) => {
    const hash = formatRoute(next);
    if (hash === window.location.hash) return;
    if (opts.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRoute(parseRoute(hash));
  }, []);
  return [route, navigate];
}
