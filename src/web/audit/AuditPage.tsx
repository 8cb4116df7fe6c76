// The audit log for operators: filter, page through, read each record's before and after, and
// check that the hash chain is unbroken.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Col, DatePicker, Descriptions, Flex, Form, Input, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { AuditEntry, AuditQuery, AuditVerification } from '../api/types.ts';
import { useCursorPages } from '../components/hooks.ts';
import { JsonBlock, PageHeader, Pager } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';

const TEXT_FILTERS = ['actorId', 'action', 'objectType', 'objectId', 'orgId'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];

interface FilterForm extends Partial<Record<TextFilter, string>> {
  range?: [Dayjs | null, Dayjs | null] | null;
}

function readFilters(params: URLSearchParams): AuditQuery {
  const q: AuditQuery = {};
  for (const k of TEXT_FILTERS) {
    const v = params.get(k);
    if (v) q[k] = v;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && dayjs(from).isValid()) q.from = from;
  if (to && dayjs(to).isValid()) q.to = to;
  return q;
}

/** The filter form's values for the filters of the address; absent ones are empty. */
function formValues(q: AuditQuery): FilterForm {
  return {
    ...Object.fromEntries(TEXT_FILTERS.map((k) => [k, q[k]])),
    range: q.from || q.to ? [q.from ? dayjs(q.from) : null, q.to ? dayjs(q.to) : null] : null,
  };
}

function VerifyPanel() {
  const { t, number } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.verifyAudit());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void run()} loading={busy} data-testid="audit-verify">
        {busy ? t('audit.verifying') : t('audit.verify')}
      </Button>
      <div aria-live="polite" style={{ flexBasis: '100%' }}>
        <ErrorAlert error={error} onRetry={() => void run()} style={{ marginTop: 12, marginBottom: 0 }} />
        {result && (
          <Alert
            style={{ marginTop: 12 }}
            type={result.ok ? 'success' : 'error'}
            showIcon
            closable={{ onClose: () => setResult(null) }}
            data-testid="audit-verify-result"
            title={result.ok ? t('audit.verifyOk', { checked: number(result.checked), lastSeq: result.lastSeq }) : t('audit.verifyBad', { seq: result.firstBadSeq ?? '—' })}
            description={
              result.ok ? undefined : (
                <>
                  {t('audit.verifyBadDetail', { checked: number(result.checked), lastSeq: result.lastSeq })}
                  {result.reason && (
                    <div>
                      {t('audit.reason')}: <Typography.Text code>{result.reason}</Typography.Text>
                    </div>
                  )}
                </>
              )
            }
          />
        )}
      </div>
    </>
  );
}

function EntryDetail({ e }: { e: AuditEntry }) {
  const { t } = useI18n();
  return (
    <div data-testid={`audit-detail-${e.seq}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'id', label: t('common.id'), children: <Typography.Text code>{e.id}</Typography.Text> },
          { key: 'actor', label: t('audit.actorId'), children: e.actorId ?? '—' },
          { key: 'req', label: t('audit.requestId'), children: e.requestId ?? '—' },
          { key: 'ip', label: t('audit.ip'), children: e.ip ?? '—' },
          { key: 'hash', label: t('audit.hash'), span: 'filled', children: <Typography.Text code style={{ wordBreak: 'break-all' }}>{e.hash}</Typography.Text> },
        ]}
      />
      <Flex gap={16} wrap>
        <JsonBlock label={t('audit.before')} value={e.before} />
        <JsonBlock label={t('audit.after')} value={e.after} />
      </Flex>
    </div>
  );
}

export default function AuditPage() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = JSON.stringify(filters);
  const [form] = Form.useForm<FilterForm>();
  const top = useRef<HTMLDivElement>(null);
  const list = useCursorPages((cursor, limit, signal) => api.audit({ ...filters, cursor, limit }, signal), [key], 50, 'audit');

  const apply = (v: FilterForm) => {
    const p = new URLSearchParams();
    for (const k of TEXT_FILTERS) {
      const val = v[k]?.trim();
      if (val) p.set(k, val);
    }
    const [from, to] = v.range ?? [];
    if (from) p.set('from', from.toISOString());
    if (to) p.set('to', to.toISOString());
    setParams(p);
  };

  // The address holds the filters; the form follows it (reset, a filter link, the back button).
  // resetFields() would not do: it goes back to the values the form was first rendered with.
  useEffect(() => {
    form.setFieldsValue(formValues(filters));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reset = () => setParams(new URLSearchParams());

  const filterLink = (k: TextFilter, v: string | null) =>
    v ? (
      <Link to={`/audit?${new URLSearchParams({ [k]: v }).toString()}`}>{v}</Link>
    ) : (
      '—'
    );

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), key: 'at', width: 150, render: (_, e) => dateTime(e.at) },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 220,
      ellipsis: true,
      render: (_, e) => (e.actorId ? <Link to={`/audit?actorId=${encodeURIComponent(e.actorId)}`} onClick={() => form.setFieldsValue({ actorId: e.actorId ?? undefined })}>{e.actorLabel}</Link> : e.actorLabel),
    },
    { title: t('audit.action'), key: 'action', width: 200, render: (_, e) => <Tag color="blue">{e.action}</Tag> },
    {
      title: t('audit.object'),
      key: 'object',
      ellipsis: true,
      render: (_, e) => (
        <>
          <Tag>{e.objectType}</Tag>
          {filterLink('objectId', e.objectId)}
        </>
      ),
    },
    { title: t('audit.orgId'), key: 'org', width: 200, ellipsis: true, render: (_, e) => filterLink('orgId', e.orgId) },
  ];


  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.intro')} />
      <div className="pj-panel" style={{ marginBottom: 24 }}>
        <Form<FilterForm> form={form} layout="vertical" initialValues={formValues(filters)} onFinish={apply} data-testid="audit-filters">
          <Row gutter={16}>
            {TEXT_FILTERS.map((k) => (
              <Col key={k} xs={24} sm={12} lg={8}>
                <Form.Item label={t(`audit.${k}`)} name={k}>
                  <Input allowClear data-testid={`audit-filter-${k}`} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('audit.dateRange')} name="range">
                <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} style={{ width: '100%' }} data-testid="audit-filter-range" />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} wrap align="flex-start">
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button onClick={reset} data-testid="audit-reset">
              {t('common.reset')}
            </Button>
            <span style={{ flex: 1 }} />
            <VerifyPanel />
          </Flex>
        </Form>
      </div>
      <div className="pj-panel pj-scroll-anchor" ref={top}>
        <ListStates list={list}>
          <Table<AuditEntry>
            rowKey="seq"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            size="middle"
            scroll={{ x: 1000 }}
            expandable={{ expandedRowRender: (e) => <EntryDetail e={e} /> }}
            locale={{ emptyText: <EmptyState description={Object.keys(filters).length ? t('audit.noMatch') : t('audit.empty')} /> }}
            data-testid="audit-table"
          />
          <Pager pages={list} testId="audit-pager" nextTestId="audit-load-more" top={top} />
        </ListStates>
      </div>
    </div>
  );
}
