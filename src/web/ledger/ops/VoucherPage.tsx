// One voucher: what was granted, what is left, reserved and available, when it expires, and the
// transfers of its account; operators claw part of it back (above the program's threshold a
// second operator must approve).
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Statistic, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import * as api from './api.ts';
import type { ClawbackResult, Voucher } from './api.ts';
import { AccountLink, LedgerCrumbs, Money, ProgramKindTag, TransfersTable, VoucherStatusTag, toFen, useFen, useYuanRules } from './parts.tsx';

function ClawbackModal({ voucher, onClose, onDone }: { voucher: Voucher; onClose: () => void; onDone: (r: ClawbackResult) => void }) {
  const { t } = useI18n();
  // One key for this filling of the form: a double click claws back (or asks) once.
  const [key] = useState(api.newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rules = useYuanRules({ minFen: 1, maxFen: Math.max(1, voucher.availableFen) });
  const submit = async (v: { amount: string; reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.clawback(voucher.id, { amountFen: toFen(v.amount), reason: v.reason.trim() }, key));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open title={t('ledgerOps.clawback.title')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerOps.clawback.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v: { amount: string; reason: string }) => void submit(v)} requiredMark={false} data-testid="clawback-form">
        <Form.Item name="amount" label={t('ledgerOps.form.amountYuan')} rules={rules}>
          <Input inputMode="decimal" prefix="¥" data-testid="clawback-amount" />
        </Form.Item>
        <Form.Item name="reason" label={t('ledgerOps.clawback.reason')} rules={[{ required: true, whitespace: true, message: t('ledgerOps.clawback.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="clawback-reason" />
        </Form.Item>
        <ModalActions busy={busy} danger onCancel={onClose} submitLabel={t('ledgerOps.clawback.submit')} testId="clawback-submit" />
      </Form>
    </FormModal>
  );
}

export default function VoucherPage() {
  const { id = '' } = useParams();
  const { t, pick, dateTime } = useI18n();
  const fen = useFen();
  const { message } = App.useApp();
  const { isOperator } = useSession();
  const { data: v, error, loading, reload, setData } = useAsync((signal) => api.voucher(id, signal), [id]);
  const [clawing, setClawing] = useState(false);
  const [pending, setPending] = useState<ClawbackResult['approval'] | null>(null);
  // Bumped after a clawback so the transfers list asks again.
  const [tick, setTick] = useState(0);

  if (loading && !v) return <LoadingBlock rows={8} />;
  if (error != null || !v) return <ErrorResult error={error} onRetry={reload} />;

  const title = t('ledgerOps.voucher.title', { org: pick(v.orgName, v.orgNameEn) });
  return (
    <div data-testid="ledger-voucher-page">
      <LedgerCrumbs items={[isOperator ? { title: t('ledgerOps.vouchers.title'), to: '/ledger/vouchers' } : { title: t('ledgerOps.home.wallet'), to: `/ledger/wallet?org=${encodeURIComponent(v.orgId)}` }, { title }]} />
      <PageHeader
        title={title}
        subtitle={
          <>
            <Link to={`/ledger/programs/${encodeURIComponent(v.programId)}`}>{pick(v.programName, v.programNameEn)}</Link> <ProgramKindTag kind={v.programKind} />{' '}
            <VoucherStatusTag status={v.status} />
          </>
        }
        extra={
          isOperator && (
            <Button danger icon={<RollbackOutlined />} disabled={v.availableFen <= 0} onClick={() => setClawing(true)} data-testid="voucher-clawback">
              {t('ledgerOps.clawback.title')}
            </Button>
          )
        }
      />
      {pending && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setPending(null) }}
          style={{ marginBottom: 16 }}
          title={t('ledgerOps.clawback.pending', { amount: fen(pending.amountFen) })}
          description={<Link to="/ledger/approvals">{t('ledgerOps.clawback.toApprovals')}</Link>}
          data-testid="clawback-pending"
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="voucher-figures">
        {(
          [
            ['amount', v.amountFen],
            ['balance', v.balanceFen],
            ['reserved', v.reservedFen],
            ['available', v.availableFen],
          ] as const
        ).map(([k, n]) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`ledgerOps.voucher.${k}`)} value={fen(n)} styles={k === 'available' ? { content: { color: '#237804' } } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'org', label: t('ledgerOps.voucher.org'), children: <Link to={`/orgs/${encodeURIComponent(v.orgId)}`}>{pick(v.orgName, v.orgNameEn)}</Link> },
            { key: 'grantedAt', label: t('ledgerOps.voucher.grantedOn'), children: dateTime(v.grantedAt) },
            { key: 'expires', label: t('ledgerOps.voucher.expiresAt'), children: dateTime(v.expiresAt) },
            { key: 'closed', label: t('ledgerOps.voucher.closedAt'), children: dateTime(v.closedAt) },
            { key: 'reason', label: t('ledgerOps.grant.reason'), children: v.reason ?? '—' },
            { key: 'account', label: t('ledgerOps.voucher.account'), children: <AccountLink id={v.accountId} link={isOperator} /> },
          ]}
        />
      </div>
      <div className="pj-panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('ledgerOps.voucher.transfers')}
        </Typography.Title>
        <TransfersTable key={tick} accountId={v.accountId} linkAccounts={isOperator} testId="voucher-transfers" />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          <Money fen={v.balanceFen} type="secondary" /> = {t('ledgerOps.voucher.balanceRule')}
        </Typography.Paragraph>
      </div>
      {clawing && (
        <ClawbackModal
          voucher={v}
          onClose={() => setClawing(false)}
          onDone={(r) => {
            setClawing(false);
            setData(r.voucher);
            setTick((n) => n + 1);
            if (r.status === 'done') {
              setPending(null);
              void message.success(t('ledgerOps.clawback.done'));
            } else {
              setPending(r.approval ?? null);
            }
          }}
        />
      )}
    </div>
  );
}
