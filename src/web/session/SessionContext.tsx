// Who is signed in: loaded once from GET /api/auth/session (401 → signed out), refreshed after
// anything that changes it, and cleared when any request finds the session gone.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as api from '../api/endpoints.ts';
import { onUnauthenticated, setCsrfToken } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

export interface SessionState {
  /** 'loading' until the first answer; 'error' when the server could not say (down, 5xx). */
  status: 'loading' | 'ready' | 'error';
  session: Session | null;
  error: unknown;
  isOperator: boolean;
  isAdmin: boolean;
  /** Asks the server again (after joining an organization, changing the profile, …). */
  refresh: () => Promise<Session | null>;
  /** Takes a session just returned by sign-in or sign-up, and applies the person's language. */
  signedIn: (s: Session) => void;
  signOut: () => Promise<void>;
  /** Replaces the session's person after a profile change. */
  setPerson: (p: Session['person']) => void;
  /** True when the session ended under the person's feet (a request answered 401); the sign-in page says so. */
  lost: boolean;
}

const Ctx = createContext<SessionState | null>(null);

/** Provides the session to the tree. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lost, setLost] = useState(false);
  // The listener below is set up once; it reads the current session through this ref.
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current = session;

  const refresh = useCallback(async () => {
    try {
      const s = await api.session();
      setSession(s);
      setError(null);
      setStatus('ready');
      return s;
    } catch (e) {
      setError(e);
      setStatus('error');
      return null;
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        if (sessionRef.current) setLost(true);
        setSession(null);
      }),
    [],
  );

  const signedIn = useCallback(
    (s: Session) => {
      setSession(s);
      setStatus('ready');
      setError(null);
      setLost(false);
      setLocale(s.person.locale);
    },
    [setLocale],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setCsrfToken(null);
      setSession(null);
      setLost(false);
    }
  }, []);

  const setPerson = useCallback((p: Session['person']) => setSession((s) => (s ? { ...s, person: p } : s)), []);

  const value = useMemo<SessionState>(() => {
    const role = session?.person.platformRole ?? null;
    return {
      status,
      session,
      error,
      isOperator: role === 'operator' || role === 'admin',
      isAdmin: role === 'admin',
      refresh,
      signedIn,
      signOut,
      setPerson,
      lost,
    };
  }, [status, session, error, refresh, signedIn, signOut, setPerson, lost]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The session and what to do with it. */
export function useSession(): SessionState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** A same-site path to go back to after signing in; anything else falls back to `fallback`. */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/signin') || value.startsWith('/signup')) return fallback;
  return value;
}
