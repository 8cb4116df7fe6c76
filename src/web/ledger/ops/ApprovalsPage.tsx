// Writes waiting for a second operator (clawbacks above a program's threshold): approve (which
// executes them) or reject, with a note. The operator who asked may not decide; the API says so.
import { useState } from 'react';
import { App, Button, Form, Input, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../../../shared/enums.ts';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Approval } from './api.ts';
import { ApprovalStatusTag, LedgerCrumbs, Money } from './parts.tsx';

type Filter = ApprovalStatus | 'all';

function DecisionModal({ approval, approve, onClose, onDone }: { approval: Approval; approve: boolean; onClose: () => void; onDone: (a: Approval) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const note = v.note?.trim();
      onDone(await api.decideApproval(approval.id, { approve, ...(note ? { note } : {}) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open title={approve ? t('ledgerOps.approvals.approveTitle') : t('ledgerOps.approvals.rejectTitle')} onClose={onClose}>
      <Typography.Paragraph>
        {t('ledgerOps.approvals.what')}: <Money fen={approval.amountFen} strong /> — {approval.reason}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v: { note?: string }) => void submit(v)} requiredMark={false} data-testid="decision-form">
        <Form.Item name="note" label={t('ledgerOps.approvals.note')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="decision-note" />
        </Form.Item>
        <ModalActions
          busy={busy}
          danger={!approve}
          onCancel={onClose}
          submitLabel={approve ? t('ledgerOps.approvals.approve') : t('ledgerOps.approvals.reject')}
          testId="decision-submit"
        />
      </Form>
    </FormModal>
  );
}

export default function ApprovalsPage() {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const s = params.get('status');
  const filter: Filter = s === 'all' || (APPROVAL_STATUSES as readonly (string | null)[]).includes(s) ? (s as Filter) : 'pending';
  const list = usePaged((cursor, signal) => api.approvals({ status: filter === 'all' ? undefined : filter, cursor, limit: 50 }, signal), [filter]);
  const [deciding, setDeciding] = useState<{ approval: Approval; approve: boolean } | null>(null);
  const me = session?.person.id;

  const columns: TableColumnsType<Approval> = [
    { title: t('ledgerOps.approvals.requestedAt'), key: 'at', width: 140, render: (_, a) => dateTime(a.requestedAt) },
    { title: t('ledgerOps.approvals.kind'), key: 'kind', width: 100, render: (_, a) => <Tag>{t(`ledgerOps.approvalKind.${a.kind}`)}</Tag> },
    { title: t('ledgerOps.transfer.amount'), key: 'amount', width: 130, align: 'right', render: (_, a) => <Money fen={a.amountFen} strong /> },
    {
      title: t('ledgerOps.approvals.subject'),
      key: 'subject',
      render: (_, a) => {
        const voucherId = typeof a.payload.voucherId === 'string' ? a.payload.voucherId : null;
        const programId = typeof a.payload.programId === 'string' ? a.payload.programId : null;
        return (
          <Space orientation="vertical" size={0}>
            <span>{a.reason}</span>
            <Space size={8} wrap>
              {voucherId && <Link to={`/ledger/vouchers/${encodeURIComponent(voucherId)}`}>{t('ledgerOps.approvals.voucher')}</Link>}
              {programId && <Link to={`/ledger/programs/${encodeURIComponent(programId)}`}>{t('ledgerOps.approvals.program')}</Link>}
            </Space>
          </Space>
        );
      },
    },
    {
      title: t('ledgerOps.approvals.requestedBy'),
      key: 'by',
      width: 130,
      render: (_, a) => (a.requestedBy === me ? <Tag color="blue">{t('ledgerOps.approvals.you')}</Tag> : <Typography.Text type="secondary">{t('ledgerOps.approvals.another')}</Typography.Text>),
    },
    { title: t('common.status'), key: 'status', width: 90, render: (_, a) => <ApprovalStatusTag status={a.status} /> },
    {
      title: t('ledgerOps.approvals.decision'),
      key: 'decision',
      width: 220,
      render: (_, a) =>
        a.status === 'pending' ? (
          <Space wrap>
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDeciding({ approval: a, approve: true })} data-testid={`approve-${a.id}`}>
              {t('ledgerOps.approvals.approve')}
            </Button>
            <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDeciding({ approval: a, approve: false })} data-testid={`reject-${a.id}`}>
              {t('ledgerOps.approvals.reject')}
            </Button>
          </Space>
        ) : (
          <Space orientation="vertical" size={0}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateTime(a.decidedAt)} {a.decidedBy === me ? `· ${t('ledgerOps.approvals.you')}` : ''}
            </Typography.Text>
            {a.decisionNote && <span>{a.decisionNote}</span>}
          </Space>
        ),
    },
  ];

  return (
    <div data-testid="ledger-approvals-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.approvals.title') }]} />
      <PageHeader
        title={t('ledgerOps.approvals.title')}
        subtitle={t('ledgerOps.approvals.intro')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="approvals-refresh">
            {t('common.refresh')}
          </Button>
        }
      />
      <div className="pj-panel">
        <Segmented<Filter>
          value={filter}
          style={{ marginBottom: 16 }}
          onChange={(v) => {
            const p = new URLSearchParams(params);
            if (v === 'pending') p.delete('status');
            else p.set('status', v);
            setParams(p, { replace: true });
          }}
          options={[...APPROVAL_STATUSES.map((v) => ({ value: v as Filter, label: t(`ledgerOps.approvalStatus.${v}`) })), { value: 'all', label: t('common.all') }]}
          data-testid="approvals-filter"
        />
        <ListStates list={list}>
          <Table<Approval>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <EmptyState description={filter === 'pending' ? t('ledgerOps.approvals.emptyPending') : t('ledgerOps.approvals.empty')} /> }}
            data-testid="approvals-table"
          />
          <LoadMore list={list} testId="approvals-more" />
        </ListStates>
      </div>
      {deciding && (
        <DecisionModal
          approval={deciding.approval}
          approve={deciding.approve}
          onClose={() => setDeciding(null)}
          onDone={(a) => {
            setDeciding(null);
            void message.success(a.status === 'approved' ? t('ledgerOps.approvals.approved') : t('ledgerOps.approvals.rejected'));
            // A decided approval leaves the pending list; elsewhere it changes in place.
            list.setItems((items) => (filter === 'pending' ? items.filter((x) => x.id !== a.id) : items.map((x) => (x.id === a.id ? a : x))));
          }}
        />
      )}
    </div>
  );
}
