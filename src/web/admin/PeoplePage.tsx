// Everyone with an account, for operators; platform admins also disable accounts and set roles.
import { useEffect, useRef, useState } from 'react';
import { App, Input, Popconfirm, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { PLATFORM_ROLES, type PlatformRole } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { Person } from '../api/types.ts';
import { useCursorPages } from '../components/hooks.ts';
import { PageHeader, Pager } from '../components/common.tsx';
import { EmptyState, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

// The role select has a "none" entry for people without a platform role.
const NONE = 'none';
type RoleChoice = PlatformRole | typeof NONE;

export default function PeoplePage() {
  const { t, date, errorText } = useI18n();
  const { isAdmin, session } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [pending, setPending] = useState<string | null>(null);
  const list = useCursorPages((cursor, limit, signal) => api.adminPeople({ q: q || undefined, cursor, limit }, signal), [q], 50, 'people');
  const me = session?.person.id;
  const top = useRef<HTMLDivElement>(null);

  const search = (v: string) => {
    const p = new URLSearchParams(params);
    if (v.trim()) p.set('q', v.trim());
    else p.delete('q');
    setParams(p, { replace: true });
  };

  // Search as one types, once the typing pauses; Enter or the button searches at once.
  useEffect(() => {
    if (draft.trim() === q) return;
    const timer = setTimeout(() => search(draft), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const update = async (p: Person, input: { disabled?: boolean; platformRole?: PlatformRole | null }) => {
    setPending(p.id);
    try {
      const updated = await api.updatePerson(p.id, input);
      list.setItems((items) => items.map((x) => (x.id === p.id ? updated : x)));
      void message.success(t('admin.people.updated', { name: p.name }));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setPending(null);
    }
  };

  const columns: TableColumnsType<Person> = [
    { title: t('common.name'), dataIndex: 'name' },
    { title: t('auth.email'), dataIndex: 'email', ellipsis: true },
    { title: t('me.locale'), key: 'locale', width: 100, render: (_, p) => t(`lang.${p.locale}`) },
    {
      title: t('me.platformRole'),
      key: 'platformRole',
      width: 170,
      render: (_, p) =>
        isAdmin && p.id !== me ? (
          <Select<RoleChoice>
            size="small"
            style={{ width: 140 }}
            value={p.platformRole ?? NONE}
            disabled={pending === p.id}
            aria-label={t('admin.people.roleOf', { name: p.name })}
            options={[{ value: NONE, label: t('platformRole.none') }, ...PLATFORM_ROLES.map((r) => ({ value: r, label: t(`platformRole.${r}`) }))]}
            onChange={(v) => void update(p, { platformRole: v === NONE ? null : v })}
            data-testid={`person-role-${p.id}`}
          />
        ) : p.platformRole ? (
          <Tag color={p.platformRole === 'admin' ? 'red' : 'blue'}>{t(`platformRole.${p.platformRole}`)}</Tag>
        ) : (
          t('platformRole.none')
        ),
    },
    {
      title: t('admin.people.account'),
      key: 'disabled',
      width: 150,
      render: (_, p) =>
        isAdmin && p.id !== me ? (
          <Popconfirm
            title={p.disabled ? t('admin.people.enableConfirm', { name: p.name }) : t('admin.people.disableConfirm', { name: p.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: !p.disabled }}
            onConfirm={() => update(p, { disabled: !p.disabled })}
          >
            <Switch
              checked={!p.disabled}
              loading={pending === p.id}
              checkedChildren={t('admin.people.active')}
              unCheckedChildren={t('admin.people.disabled')}
              aria-label={t('admin.people.accountOf', { name: p.name })}
              data-testid={`person-active-${p.id}`}
            />
          </Popconfirm>
        ) : (
          <Tag color={p.disabled ? 'red' : 'green'}>{p.disabled ? t('admin.people.disabled') : t('admin.people.active')}</Tag>
        ),
    },
    { title: t('common.createdAt'), key: 'createdAt', width: 120, render: (_, p) => date(p.createdAt) },
  ];

  return (
    <div data-testid="people-page">
      <PageHeader title={t('admin.people.title')} subtitle={isAdmin ? t('admin.people.introAdmin') : t('admin.people.intro')} />
      <div className="pj-panel pj-scroll-anchor" ref={top}>
        <div role="search" style={{ marginBottom: 16 }}>
          <Input.Search
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onSearch={search}
            allowClear
            enterButton={t('common.search')}
            placeholder={t('admin.people.search')}
            aria-label={t('admin.people.search')}
            style={{ maxWidth: 400 }}
            data-testid="people-search"
          />
        </div>
        <ListStates list={list}>
          <Table<Person>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState description={q ? t('common.noMatch') : t('admin.people.empty')} /> }}
            data-testid="people-table"
          />
          <Pager pages={list} testId="people-pager" nextTestId="people-load-more" top={top} />
        </ListStates>
      </div>
    </div>
  );
}
