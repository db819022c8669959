import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, getToken, onUnauthenticated, request, setToken } from './client.ts';
import { LOGIN, ME, toViewer } from './queries.ts';
import type { Viewer } from './model.ts';

interface SessionState {
  viewer: Viewer | null;
  /** True while the stored token is being checked at start-up. */
  checking: boolean;
  expired: boolean;
  error: ApiError | null;
  signIn(email: string, password: string): Promise<Viewer>;
  signOut(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checking, setChecking] = useState(Boolean(getToken()));
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!getToken()) return;
    let live = true;
    request(ME).then(
      (d) => {
        if (!live) return;
        if (d.me) setViewer(toViewer(d.me));
        else {
          setToken(null);
          setExpired(true);
        }
        setChecking(false);
      },
      (e: ApiError) => {
        if (!live) return;
        if (e.code === 'UNAUTHENTICATED') {
          setToken(null);
          setExpired(true);
        } else setError(e);
        setChecking(false);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setToken(null);
        setViewer(null);
        setExpired(true);
      }),
    [],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const d = await request(LOGIN, { email, password });
    setToken(d.login.token);
    const v = toViewer(d.login.user);
    setViewer(v);
    setExpired(false);
    setError(null);
    return v;
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    setViewer(null);
    setExpired(false);
  }, []);

  return (
    <SessionContext.Provider value={{ viewer, checking, expired, error, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
