// Reconciliation (operators): recompute every balance from every transfer and check double entry
// per ledger; below it, the accounts, each opening the account explorer.
import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Select, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { ACCOUNT_CODES, type AccountCode } from '../../../shared/enums.ts';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { LedgerAccount, Reconciliation } from './api.ts';
import { AccountLink, LedgerCrumbs, Money, OrgPicker, useLedgerName } from './parts.tsx';

type LedgerRow = Reconciliation['ledgers'][number];
type Mismatch = Reconciliation['mismatches'][number];

function ReconciliationResult({ r }: { r: Reconciliation }) {
  const { t, number } = useI18n();
  const ledgerName = useLedgerName();
  const ledgerColumns: TableColumnsType<LedgerRow> = [
    { title: t('ledgerOps.recon.ledger'), key: 'ledger', render: (_, l) => `${ledgerName(l.ledger)} (${l.ledger})` },
    { title: t('ledgerOps.recon.debitsPosted'), key: 'dp', align: 'right', render: (_, l) => <Money fen={l.debitsPosted} /> },
    { title: t('ledgerOps.recon.creditsPosted'), key: 'cp', align: 'right', render: (_, l) => <Money fen={l.creditsPosted} /> },
    { title: t('ledgerOps.recon.debitsPending'), key: 'dpe', align: 'right', render: (_, l) => <Money fen={l.debitsPending} type="secondary" /> },
    { title: t('ledgerOps.recon.creditsPending'), key: 'cpe', align: 'right', render: (_, l) => <Money fen={l.creditsPending} type="secondary" /> },
    {
      title: t('ledgerOps.recon.balanced'),
      key: 'balanced',
      width: 110,
      render: (_, l) => (l.balanced ? <Tag color="green">{t('ledgerOps.recon.yes')}</Tag> : <Tag color="red">{t('ledgerOps.recon.no')}</Tag>),
    },
  ];
  const mismatchColumns: TableColumnsType<Mismatch> = [
    { title: t('ledgerOps.recon.account'), key: 'id', width: 160, render: (_, m) => <AccountLink id={m.id} /> },
    { title: t('ledgerOps.recon.stored'), key: 'stored', render: (_, m) => <Typography.Text code>{JSON.stringify(m.stored)}</Typography.Text> },
    { title: t('ledgerOps.recon.computed'), key: 'computed', render: (_, m) => <Typography.Text code>{JSON.stringify(m.computed)}</Typography.Text> },
  ];
  return (
    <div data-testid="recon-result">
      <Alert
        type={r.ok ? 'success' : 'error'}
        showIcon
        style={{ marginBottom: 16 }}
        title={<span data-testid="recon-status">{r.ok ? t('ledgerOps.recon.ok') : t('ledgerOps.recon.notOk')}</span>}
        description={t('ledgerOps.recon.took', { ms: number(r.ms) })}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['transfers', r.transfers],
            ['accounts', r.accounts],
            ['pendingOpen', r.pendingOpen],
            ['mismatches', r.mismatches.length + r.ruleBreaks.length],
          ] as const
        ).map(([k, n]) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`ledgerOps.recon.${k}`)} value={number(n)} styles={k === 'mismatches' && n > 0 ? { content: { color: '#cf1322' } } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<LedgerRow> rowKey="ledger" size="small" columns={ledgerColumns} dataSource={r.ledgers} pagination={false} scroll={{ x: 800 }} style={{ marginBottom: 16 }} data-testid="recon-ledgers" />
      {r.mismatches.length > 0 && (
        <>
          <Typography.Title level={5}>{t('ledgerOps.recon.mismatchList')}</Typography.Title>
          <Table<Mismatch> rowKey="id" size="small" columns={mismatchColumns} dataSource={r.mismatches} pagination={false} scroll={{ x: 800 }} style={{ marginBottom: 16 }} data-testid="recon-mismatches" />
        </>
      )}
      {r.ruleBreaks.length > 0 && (
        <>
          <Typography.Title level={5}>{t('ledgerOps.recon.ruleBreaks')}</Typography.Title>
          <ul data-testid="recon-rule-breaks">
            {r.ruleBreaks.map((b) => (
              <li key={b}>
                <AccountLink id={b} label={<Typography.Text code>{b}</Typography.Text>} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Accounts() {
  const { t } = useI18n();
  const ledgerName = useLedgerName();
  const [params, setParams] = useSearchParams();
  const c = params.get('code');
  const code = c !== null && (ACCOUNT_CODES as readonly string[]).includes(c) ? (c as AccountCode) : undefined;
  const orgId = params.get('orgId') ?? undefined;
  const list = usePaged((cursor, signal) => api.accounts({ code, orgId, cursor, limit: 20 }, signal), [code, orgId]);
  const setFilter = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const columns: TableColumnsType<LedgerAccount> = [
    { title: t('ledgerOps.account.name'), key: 'name', render: (_, a) => <AccountLink id={a.id} label={a.name} /> },
    { title: t('ledgerOps.account.code'), key: 'code', width: 130, render: (_, a) => <Tag>{t(`ledgerOps.accountCode.${a.code}`)}</Tag> },
    { title: t('ledgerOps.recon.ledger'), key: 'ledger', width: 110, render: (_, a) => ledgerName(a.ledger) },
    { title: t('ledgerOps.account.balance'), key: 'balance', width: 150, align: 'right', render: (_, a) => <Money fen={a.balance} /> },
    { title: t('ledgerOps.account.available'), key: 'available', width: 150, align: 'right', render: (_, a) => <Money fen={a.available} /> },
    { title: t('ledgerOps.recon.debitsPending'), key: 'pending', width: 130, align: 'right', render: (_, a) => <Money fen={a.debitsPending} type="secondary" /> },
    { title: t('common.status'), key: 'closed', width: 90, render: (_, a) => (a.closed ? <Tag>{t('ledgerOps.account.closed')}</Tag> : <Tag color="green">{t('ledgerOps.account.open')}</Tag>) },
  ];
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select<AccountCode>
          allowClear
          value={code}
          placeholder={t('ledgerOps.account.allCodes')}
          aria-label={t('ledgerOps.account.code')}
          style={{ width: 180 }}
          options={ACCOUNT_CODES.map((v) => ({ value: v, label: t(`ledgerOps.accountCode.${v}`) }))}
          onChange={(v) => setFilter('code', v)}
          data-testid="accounts-code-filter"
        />
        <div style={{ flex: '1 1 240px', maxWidth: 320 }}>
          <OrgPicker value={orgId} onChange={(v) => setFilter('orgId', v)} testId="accounts-org-filter" />
        </div>
      </Flex>
      <ListStates list={list}>
        <Table<LedgerAccount>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 950 }}
          locale={{ emptyText: <EmptyState description={code || orgId ? t('common.noMatch') : t('ledgerOps.account.empty')} /> }}
          data-testid="accounts-table"
        />
        <LoadMore list={list} testId="accounts-more" />
      </ListStates>
    </>
  );
}

export default function ReconciliationPage() {
  const { t } = useI18n();
  const [result, setResult] = useState<Reconciliation | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.reconciliation());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="ledger-recon-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.recon.title') }]} />
      <PageHeader
        title={t('ledgerOps.recon.title')}
        subtitle={t('ledgerOps.recon.intro')}
        extra={
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void run()} data-testid="recon-run">
            {result ? t('ledgerOps.recon.runAgain') : t('ledgerOps.recon.run')}
          </Button>
        }
      />
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <ErrorAlert error={error} onRetry={() => void run()} />
        {result ? (
          <ReconciliationResult r={result} />
        ) : (
          !error && <EmptyState description={busy ? t('ledgerOps.recon.running') : t('ledgerOps.recon.notRun')} />
        )}
      </div>
      <Typography.Title level={4}>{t('ledgerOps.account.title')}</Typography.Title>
      <div className="pj-panel">
        <Accounts />
      </div>
    </div>
  );
}
