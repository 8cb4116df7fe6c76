// The caller's memberships and their role in any organization (the ledger's and the compute
// screens decide what to offer with it; the server checks again).
import { useMemo } from 'react';
import { orgRoleRank, type OrgRole } from '../../shared/enums.ts';
import type { SessionMembership } from '../api/types.ts';
import { useSession } from './SessionContext.tsx';

export function useMemberships() {
  const { session, isOperator } = useSession();
  return useMemo(() => {
    const list: SessionMembership[] = session?.memberships ?? [];
    const roleIn = (orgId: string | null | undefined): OrgRole | null => list.find((m) => m.orgId === orgId)?.role ?? null;
    const atLeast = (orgId: string | null | undefined, min: OrgRole) => {
      const r = roleIn(orgId);
      return r !== null && orgRoleRank(r) >= orgRoleRank(min);
    };
    const admins = list.filter((m) => orgRoleRank(m.role) >= orgRoleRank('admin'));
    return { list, admins, roleIn, atLeast, isOperator, signedIn: !!session };
  }, [session, isOperator]);
}
