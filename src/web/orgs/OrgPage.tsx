// One organization: overview (editable by its admins), members, invitations and teams, as tabs.
import { Breadcrumb, Space, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { orgRoleRank } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import { useAsync } from '../components/hooks.ts';
import { KindTag, PageHeader, RoleTag } from '../components/common.tsx';
import { ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { MembersTab } from './MembersTab.tsx';
import { InvitationsTab } from './InvitationsTab.tsx';
import { TeamsTab } from './TeamsTab.tsx';

const TABS = ['overview', 'members', 'invitations', 'teams'] as const;
type TabKey = (typeof TABS)[number];

export default function OrgPage() {
  const { id = '' } = useParams();
  const { t, pick, number } = useI18n();
  const { session, isOperator } = useSession();
  const [params, setParams] = useSearchParams();
  // Refetch when the signed-in person changes: myRole depends on who asks.
  const personId = session?.person.id ?? null;
  const { data: org, error, loading, reload, setData } = useAsync((signal) => api.org(id, signal), [id, personId]);

  if (loading && !org) return <LoadingBlock rows={8} />;
  if (error != null || !org) return <ErrorResult error={error} onRetry={reload} />;

  // The caller's role comes with the organization (GET /orgs/{orgId} answers it for whoever asks).
  const myRole = org.myRole;
  const isMember = myRole !== null;
  const isAdmin = myRole !== null && orgRoleRank(myRole) >= orgRoleRank('admin');
  const visible: Record<TabKey, boolean> = {
    overview: true,
    members: isMember || isOperator,
    invitations: isAdmin,
    teams: isMember || isOperator,
  };
  const requested = params.get('tab');
  const tab: TabKey = TABS.find((k) => k === requested && visible[k]) ?? 'overview';

  const items = [
    { key: 'overview', label: t('org.tab.overview'), children: <OverviewTab org={org} canEdit={isAdmin} onSaved={(o) => setData(o)} /> },
    visible.members && { key: 'members', label: t('org.tab.members'), children: <MembersTab org={org} onChanged={reload} /> },
    visible.invitations && { key: 'invitations', label: t('org.tab.invitations'), children: <InvitationsTab org={org} /> },
    visible.teams && { key: 'teams', label: t('org.tab.teams'), children: <TeamsTab org={org} canManage={isAdmin} /> },
  ].filter((x) => x !== false);

  return (
    <div data-testid="org-page">
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/orgs">{t('nav.orgs')}</Link> }, { title: pick(org.name, org.nameEn) }]} />
      <PageHeader
        title={pick(org.name, org.nameEn)}
        subtitle={
          <Space wrap size={4}>
            <KindTag kind={org.kind} />
            {org.city && <Tag>{org.city}</Tag>}
            <span>{t('org.memberCount', { count: number(org.memberCount) })}</span>
            {myRole && (
              <>
                <Typography.Text type="secondary">· {t('org.yourRole')}</Typography.Text>
                <RoleTag role={myRole} />
              </>
            )}
          </Space>
        }
      />
      <div className="pj-panel">
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            const p = new URLSearchParams(params);
            if (k === 'overview') p.delete('tab');
            else p.set('tab', k);
            setParams(p, { replace: true });
          }}
          items={items}
          destroyOnHidden
          data-testid="org-tabs"
        />
      </div>
    </div>
  );
}
