// The account explorer (operators): an account's balances now and as of a chosen instant
// (recomputed from its transfers by the API), and its transfers, each leading to the other side.
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Descriptions, Flex, Row, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { LedgerBalances } from './api.ts';
import { LedgerCrumbs, TransfersTable, useFen, useLedgerName } from './parts.tsx';

type Figures = Pick<LedgerBalances, 'balance' | 'available' | 'debitsPosted' | 'creditsPosted' | 'debitsPending' | 'creditsPending'>;

function FigureCards({ f, testId }: { f: Figures; testId: string }) {
  const { t } = useI18n();
  const fen = useFen();
  const items = [
    ['balance', f.balance],
    ['available', f.available],
    ['debitsPosted', f.debitsPosted],
    ['creditsPosted', f.creditsPosted],
    ['debitsPending', f.debitsPending],
    ['creditsPending', f.creditsPending],
  ] as const;
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {items.map(([k, n]) => (
        <Col key={k} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t(k === 'balance' || k === 'available' ? `ledgerOps.account.${k}` : `ledgerOps.recon.${k}`)} value={fen(n)} styles={{ content: { fontSize: 18 } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function AsOf({ accountId }: { accountId: string }) {
  const { t, dateTime } = useI18n();
  const [at, setAt] = useState<Dayjs | null>(null);
  const balances = useAsync((signal) => (at ? api.balancesAt(accountId, at.toISOString(), signal) : Promise.resolve(null)), [accountId, at?.valueOf()]);
  return (
    <div className="pj-panel" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('ledgerOps.account.asOf')}
        </Typography.Title>
        <DatePicker
          showTime
          value={at}
          onChange={setAt}
          disabledDate={(d) => d.isAfter(dayjs())}
          placeholder={t('ledgerOps.account.pickInstant')}
          data-testid="account-as-of"
        />
        {at && (
          <Button size="small" onClick={() => setAt(null)}>
            {t('common.reset')}
          </Button>
        )}
      </Flex>
      {!at ? (
        <Typography.Text type="secondary">{t('ledgerOps.account.asOfHelp')}</Typography.Text>
      ) : balances.error ? (
        <ErrorAlert error={balances.error} onRetry={balances.reload} />
      ) : balances.loading || !balances.data ? (
        <LoadingBlock rows={2} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('ledgerOps.account.asOfAt', { at: dateTime(balances.data.at) })}</Typography.Paragraph>
          <FigureCards f={balances.data} testId="account-balances-at" />
        </>
      )}
    </div>
  );
}

export default function AccountPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const ledgerName = useLedgerName();
  const { data: a, error, loading, reload } = useAsync((signal) => api.account(id, signal), [id]);

  if (loading && !a) return <LoadingBlock rows={8} />;
  if (error != null || !a) return <ErrorResult error={error} onRetry={reload} />;

  return (
    <div data-testid="ledger-account-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.recon.title'), to: '/ledger/reconciliation' }, { title: a.name }]} />
      <PageHeader
        title={a.name}
        subtitle={
          <>
            <Tag>{t(`ledgerOps.accountCode.${a.code}`)}</Tag>
            <Tag>{ledgerName(a.ledger)}</Tag>
            {a.closed && <Tag color="red">{t('ledgerOps.account.closed')}</Tag>}
            <Typography.Text type="secondary" copyable>
              {a.id}
            </Typography.Text>
          </>
        }
      />
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('ledgerOps.account.now')}
        </Typography.Title>
        <FigureCards f={a} testId="account-balances" />
        <Descriptions
          size="small"
          style={{ marginTop: 16 }}
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'rule', label: t('ledgerOps.account.rule'), children: t(`ledgerOps.rule.${a.rule}`) },
            { key: 'org', label: t('ledgerOps.account.org'), children: a.orgId ? <Link to={`/orgs/${encodeURIComponent(a.orgId)}`}>{a.orgId}</Link> : '—' },
            { key: 'ref', label: t('ledgerOps.account.ref'), children: a.refKey ? <Typography.Text code>{a.refKey}</Typography.Text> : '—' },
            { key: 'created', label: t('common.createdAt'), children: dateTime(a.createdAt) },
          ]}
        />
      </div>
      <AsOf accountId={a.id} />
      <div className="pj-panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('ledgerOps.account.transfers')}
        </Typography.Title>
        <TransfersTable accountId={a.id} linkAccounts testId="account-transfers" />
      </div>
    </div>
  );
}
