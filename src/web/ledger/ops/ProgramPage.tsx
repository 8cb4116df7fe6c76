// One program: its terms and budget for everyone; operators change the terms, add funds, grant
// vouchers, see the program's vouchers and its yearly report.
import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { BankOutlined, EditOutlined, GiftOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { formatRate } from '../money.ts';
import * as api from './api.ts';
import type { Program } from './api.ts';
import { AccountLink, BudgetBar, CategoryTag, LedgerCrumbs, Money, OrgPicker, ProgramKindTag, ProgramStatusTag, toFen, useFen, useValidity, useYuanRules } from './parts.tsx';
import { ProgramFormModal } from './ProgramForm.tsx';
import { VoucherTable } from './VoucherTable.tsx';
import { ProgramReport } from './ProgramReport.tsx';

function FundModal({ program, open, onClose, onDone }: { program: Program; open: boolean; onClose: () => void; onDone: (p: Program) => void }) {
  const { t } = useI18n();
  const fen = useFen();
  const { message } = App.useApp();
  // One key for this filling of the form: a second click or a retry after a lost answer sends the
  // same key, so the budget is funded once. The dialog is rebuilt (a new key) each time it opens.
  const [key] = useState(api.newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rules = useYuanRules({ minFen: 1 });
  const submit = async (v: { amount: string; memo?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const amountFen = toFen(v.amount);
      const memo = v.memo?.trim();
      const p = await api.fundProgram(program.id, { amountFen, ...(memo ? { memo } : {}) }, key);
      void message.success(t('ledgerOps.fund.done', { amount: fen(amountFen) }));
      onDone(p);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('ledgerOps.fund.title')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v: { amount: string; memo?: string }) => void submit(v)} requiredMark={false} data-testid="fund-form">
        <Form.Item name="amount" label={t('ledgerOps.form.amountYuan')} rules={rules}>
          <Input inputMode="decimal" prefix="¥" data-testid="fund-amount" />
        </Form.Item>
        <Form.Item name="memo" label={t('ledgerOps.fund.memo')} rules={[{ max: 500 }]}>
          <Input data-testid="fund-memo" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerOps.fund.submit')} testId="fund-submit" />
      </Form>
    </FormModal>
  );
}

function GrantModal({ program, open, onClose, onDone }: { program: Program; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t, pick } = useI18n();
  const fen = useFen();
  const { message } = App.useApp();
  // As for funding: one key per filling of the form, so a double click grants once.
  const [key] = useState(api.newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rules = useYuanRules({ minFen: 1, maxFen: Math.max(1, program.availableFen) });
  const submit = async (v: { orgId: string; amount: string; reason?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const reason = v.reason?.trim();
      const voucher = await api.grantVoucher(program.id, { orgId: v.orgId, amountFen: toFen(v.amount), ...(reason ? { reason } : {}) }, key);
      void message.success(t('ledgerOps.grant.done', { org: pick(voucher.orgName, voucher.orgNameEn), amount: fen(voucher.amountFen) }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('ledgerOps.grant.title')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerOps.grant.intro', { available: fen(program.availableFen), days: program.voucherDays })}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v: { orgId: string; amount: string; reason?: string }) => void submit(v)} requiredMark={false} data-testid="grant-form">
        <Form.Item name="orgId" label={t('ledgerOps.grant.org')} rules={[{ required: true, message: t('ledgerOps.grant.orgRequired') }]}>
          <OrgPicker testId="grant-org" />
        </Form.Item>
        <Form.Item name="amount" label={t('ledgerOps.form.amountYuan')} rules={rules}>
          <Input inputMode="decimal" prefix="¥" data-testid="grant-amount" />
        </Form.Item>
        <Form.Item name="reason" label={t('ledgerOps.grant.reason')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="grant-reason" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerOps.grant.submit')} testId="grant-submit" />
      </Form>
    </FormModal>
  );
}

function Terms({ program: p, isOperator }: { program: Program; isOperator: boolean }) {
  const { t } = useI18n();
  const validity = useValidity();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      styles={{ label: { width: 170 } }}
      data-testid="program-terms"
      items={[
        { key: 'code', label: t('ledgerOps.program.code'), children: <Typography.Text code>{p.code}</Typography.Text> },
        { key: 'kind', label: t('ledgerOps.program.kind'), children: <ProgramKindTag kind={p.kind} /> },
        { key: 'validity', label: t('ledgerOps.program.validity'), children: validity(p) },
        { key: 'rate', label: t('ledgerOps.program.rate'), children: formatRate(p.rateBp) },
        { key: 'cap', label: t('ledgerOps.program.cap'), children: <Money fen={p.capPerOrgYearFen} /> },
        { key: 'voucherDays', label: t('ledgerOps.program.voucherDays'), children: t('ledgerOps.days', { n: p.voucherDays }) },
        { key: 'deliveryDays', label: t('ledgerOps.program.delivery'), children: t('ledgerOps.days', { n: p.deliveryDays }) },
        { key: 'threshold', label: t('ledgerOps.program.threshold'), children: <Money fen={p.approvalThresholdFen} /> },
        {
          key: 'kinds',
          label: t('ledgerOps.program.eligibleOrgKinds'),
          span: 2,
          children: (
            <Space wrap size={4}>
              {p.eligibleOrgKinds.map((k) => (
                <Tag key={k}>{t(`orgKind.${k}`)}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'cats',
          label: t('ledgerOps.program.eligibleCategories'),
          span: 2,
          children: (
            <Space wrap size={4}>
              {p.eligibleCategories.map((c) => (
                <CategoryTag key={c} category={c} />
              ))}
            </Space>
          ),
        },
        ...(p.description ? [{ key: 'desc', label: t('ledgerOps.program.description'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{p.description}</span> }] : []),
        ...(isOperator ? [{ key: 'account', label: t('ledgerOps.program.budgetAccount'), span: 2, children: <AccountLink id={p.budgetAccountId} /> }] : []),
      ]}
    />
  );
}

function ProgramVouchers({ program, tick }: { program: Program; tick: number }) {
  const { t } = useI18n();
  const list = usePaged((cursor, signal) => api.vouchers({ programId: program.id, cursor, limit: 50 }, signal), [program.id, tick]);
  return <VoucherTable list={list} showProgram={false} emptyText={t('ledgerOps.program.noVouchers')} testId="program-vouchers" />;
}

export default function ProgramPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const fen = useFen();
  const { isOperator } = useSession();
  const [params, setParams] = useSearchParams();
  const { data: p, error, loading, reload, setData } = useAsync((signal) => api.program(id, signal), [id]);
  const [dialog, setDialog] = useState<'edit' | 'fund' | 'grant' | null>(null);
  // Bumped after a grant, so the vouchers tab asks again.
  const [tick, setTick] = useState(0);

  if (loading && !p) return <LoadingBlock rows={8} />;
  if (error != null || !p) return <ErrorResult error={error} onRetry={reload} />;

  const tab = params.get('tab') ?? 'vouchers';
  const setTab = (k: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', k);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="ledger-program-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.programs.title'), to: '/ledger/programs' }, { title: pick(p.name, p.nameEn) }]} />
      <PageHeader
        title={<span data-testid="program-title">{pick(p.name, p.nameEn)}</span>}
        subtitle={
          <Space wrap size={4}>
            <ProgramKindTag kind={p.kind} />
            <ProgramStatusTag status={p.status} />
            <Typography.Text type="secondary">{p.code}</Typography.Text>
          </Space>
        }
        extra={
          isOperator && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="program-edit">
                {t('ledgerOps.program.edit')}
              </Button>
              <Button icon={<BankOutlined />} onClick={() => setDialog('fund')} data-testid="program-fund">
                {t('ledgerOps.fund.title')}
              </Button>
              <Button type="primary" icon={<GiftOutlined />} onClick={() => setDialog('grant')} disabled={p.status !== 'active'} data-testid="program-grant">
                {t('ledgerOps.grant.title')}
              </Button>
            </>
          )
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('ledgerOps.program.funded')} value={fen(p.fundedFen)} />
          </Card>
        </Col>
        <Col xs={24} sm={8} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('ledgerOps.program.granted')} value={fen(p.grantedFen)} />
          </Card>
        </Col>
        <Col xs={24} sm={8} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('ledgerOps.program.available')} value={fen(p.availableFen)} styles={{ content: { color: '#237804' } }} />
          </Card>
        </Col>
        <Col xs={24} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Typography.Text type="secondary">{t('ledgerOps.program.budgetUse')}</Typography.Text>
            <BudgetBar program={p} compact />
          </Card>
        </Col>
      </Row>
      {p.status !== 'active' && isOperator && (
        <Typography.Paragraph type="warning">{t('ledgerOps.program.notActive')}</Typography.Paragraph>
      )}
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('ledgerOps.program.terms')}
        </Typography.Title>
        <Terms program={p} isOperator={isOperator} />
      </div>
      {isOperator ? (
        <div className="pj-panel">
          <Tabs
            activeKey={tab === 'report' ? 'report' : 'vouchers'}
            onChange={setTab}
            destroyOnHidden
            items={[
              { key: 'vouchers', label: t('ledgerOps.program.vouchers'), children: <ProgramVouchers program={p} tick={tick} /> },
              { key: 'report', label: t('ledgerOps.program.report'), children: <ProgramReport programId={p.id} /> },
            ]}
            data-testid="program-tabs"
          />
        </div>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('ledgerOps.program.forCompanies')} <Link to="/ledger/providers">{t('ledgerOps.home.providers')}</Link>
        </Typography.Paragraph>
      )}
      {isOperator && dialog === 'edit' && (
        <ProgramFormModal
          open
          program={p}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setData(saved);
            setDialog(null);
          }}
        />
      )}
      {isOperator && dialog === 'fund' && (
        <FundModal
          open
          program={p}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setData(saved);
            setDialog(null);
          }}
        />
      )}
      {isOperator && dialog === 'grant' && (
        <GrantModal
          open
          program={p}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setTick((n) => n + 1);
            setTab('vouchers');
            reload();
          }}
        />
      )}
    </div>
  );
}
