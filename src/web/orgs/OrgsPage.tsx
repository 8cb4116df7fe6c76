// The directory of organizations: mine first, then everyone's, with search, kind filter and paging.
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ORG_KINDS, type OrgKind } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { Org } from '../api/types.ts';
import { useCursorPages } from '../components/hooks.ts';
import { FormModal, KindTag, ModalActions, PageHeader, Pager, RoleTag } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { cleanOrgValues, OrgFormFields, type OrgFormValues } from './OrgFormFields.tsx';

function isOrgKind(v: string | null): v is OrgKind {
  return v !== null && (ORG_KINDS as readonly string[]).includes(v);
}

function CreateOrgModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<OrgFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: OrgFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const org = await api.createOrg(cleanOrgValues(v));
      await refresh();
      form.resetFields();
      onClose();
      navigate(`/orgs/${encodeURIComponent(org.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('orgs.createTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<OrgFormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} data-testid="org-create-form">
        <OrgFormFields prefix="org-create" />
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.create')} testId="org-create-submit" />
      </Form>
    </FormModal>
  );
}

function MyOrgs() {
  const { t, pick } = useI18n();
  const { session } = useSession();
  const mine = session?.memberships ?? [];
  if (!session) return null;
  return (
    <section aria-labelledby="my-orgs" style={{ marginBottom: 24 }}>
      <Typography.Title level={4} id="my-orgs">
        {t('orgs.mine')}
      </Typography.Title>
      {mine.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('orgs.mineEmpty')} />
        </div>
      ) : (
        <Row gutter={[16, 16]} data-testid="my-orgs">
          {mine.map((m) => (
            <Col key={m.orgId} xs={24} sm={12} lg={8}>
              <Link to={`/orgs/${encodeURIComponent(m.orgId)}`} className="pj-card-link">
                <Card hoverable size="small">
                  <Typography.Text strong style={{ display: 'block', marginBottom: 8 }} ellipsis>
                    {pick(m.orgName, m.orgNameEn)}
                  </Typography.Text>
                  <Space size={4}>
                    <KindTag kind={m.orgKind} />
                    <RoleTag role={m.role} />
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}

export default function OrgsPage() {
  const { t, pick, number, date } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = isOrgKind(kindParam) ? kindParam : undefined;
  const [draft, setDraft] = useState(q);
  const [creating, setCreating] = useState(false);

  const list = useCursorPages((cursor, limit, signal) => api.orgs({ q: q || undefined, kind, cursor, limit }, signal), [q, kind], 20, 'orgs');
  const tableTop = useRef<HTMLHeadingElement>(null);

  // Search as one types, once the typing pauses; Enter or the button searches at once.
  useEffect(() => {
    const v = draft.trim();
    if (v === q) return;
    const timer = setTimeout(() => setFilter({ q: v }), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);


  const setFilter = (next: { q?: string; kind?: OrgKind | null }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) {
      if (next.q) p.set('q', next.q);
      else p.delete('q');
    }
    if (next.kind !== undefined) {
      if (next.kind) p.set('kind', next.kind);
      else p.delete('kind');
    }
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<Org> = [
    {
      title: t('orgs.name'),
      key: 'name',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/orgs/${encodeURIComponent(r.id)}`}>{pick(r.name, r.nameEn)}</Link>
          {r.nameEn && r.nameEn !== pick(r.name, r.nameEn) && <Typography.Text type="secondary">{r.nameEn}</Typography.Text>}
          {r.nameEn && pick(r.name, r.nameEn) !== r.name && <Typography.Text type="secondary">{r.name}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('orgs.kind'), key: 'kind', width: 150, render: (_, r) => <KindTag kind={r.kind} /> },
    { title: t('orgs.city'), key: 'city', width: 120, render: (_, r) => r.city ?? '—' },
    { title: t('orgs.memberCount'), key: 'members', width: 100, align: 'right', render: (_, r) => number(r.memberCount) },
    { title: t('common.createdAt'), key: 'createdAt', width: 130, render: (_, r) => date(r.createdAt) },
  ];

  const openCreate = () => {
    if (session) setCreating(true);
    else navigate(`/signin?returnTo=${encodeURIComponent('/orgs')}`);
  };

  return (
    <div data-testid="orgs-page">
      <PageHeader
        title={t('orgs.title')}
        subtitle={t('orgs.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="org-create">
            {t('orgs.create')}
          </Button>
        }
      />
      <MyOrgs />
      <section aria-labelledby="all-orgs">
        <Typography.Title level={4} id="all-orgs" ref={tableTop} className="pj-scroll-anchor">
          {t('orgs.all')}
        </Typography.Title>
        <div className="pj-panel">
          <div role="search">
            <Flex wrap gap={8} style={{ marginBottom: 16 }}>
              <Input.Search
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onSearch={(v) => setFilter({ q: v.trim() })}
                allowClear
                placeholder={t('orgs.searchPlaceholder')}
                aria-label={t('orgs.searchPlaceholder')}
                style={{ flex: '1 1 260px', maxWidth: 420 }}
                enterButton={t('common.search')}
                data-testid="org-search"
              />
              <Select<OrgKind>
                allowClear
                value={kind}
                onChange={(v) => setFilter({ kind: v ?? null })}
                placeholder={t('orgs.allKinds')}
                aria-label={t('orgs.kind')}
                style={{ flex: '0 1 200px', minWidth: 160 }}
                options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
                data-testid="org-kind-filter"
              />
            </Flex>
          </div>
          
          <ListStates list={list}>
            <Table<Org>
              rowKey="id"
              columns={columns}
              dataSource={list.items}
              loading={list.loading}
              pagination={false}
              scroll={{ x: 700 }}
              locale={{ emptyText: <EmptyState description={q || kind ? t('orgs.noMatch') : t('orgs.empty')} /> }}
              data-testid="org-table"
            />
            <Pager pages={list} testId="org-pager" nextTestId="org-load-more" top={tableTop} />
          </ListStates>
        </div>
      </section>
      <CreateOrgModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
