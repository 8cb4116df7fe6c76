// Guards a route: signed-out visitors go to /signin?returnTo=…, people without the role see 403.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './SessionContext.tsx';
import { LoadingBlock, ErrorResult, ForbiddenResult } from '../components/states.tsx';

export function RequireAuth({ children, role }: { children: ReactNode; role?: 'operator' | 'admin' }) {
  const { status, session, error, refresh, isOperator, isAdmin } = useSession();
  const location = useLocation();
  if (status === 'loading') return <LoadingBlock />;
  if (status === 'error') return <ErrorResult error={error} onRetry={() => void refresh()} />;
  if (!session) {
    const returnTo = location.pathname + location.search + location.hash;
    return <Navigate to={`/signin?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  if ((role === 'operator' && !isOperator) || (role === 'admin' && !isAdmin)) return <ForbiddenResult />;
  return <>{children}</>;
}
