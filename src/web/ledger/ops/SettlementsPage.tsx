// Settlement statements: one per provider and month (operators see all, providers' members their
// own). Operators settle a month: every claimed order is paid out, one statement per provider.
import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Settlement } from './api.ts';
import { LedgerCrumbs, Money, useFen } from './parts.tsx';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Seconds since `running` turned true (a settlement run answers at the end, so time is the progress shown). */
function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

function RunModal({ onClose, onDone }: { onClose: () => void; onDone: (period: string, items: Settlement[]) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const elapsed = useElapsed(busy);
  const submit = async (v: { period: Dayjs }) => {
    const period = v.period.format('YYYY-MM');
    setBusy(true);
    setError(null);
    try {
      const r = await api.runSettlement(period);
      onDone(period, r.items);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open title={t('ledgerOps.settlements.run')} onClose={busy ? () => undefined : onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerOps.settlements.runIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" initialValues={{ period: dayjs().subtract(1, 'month') }} onFinish={(v: { period: Dayjs }) => void submit(v)} requiredMark={false} data-testid="settle-form">
        <Form.Item name="period" label={t('ledgerOps.settlements.period')} rules={[{ required: true, message: t('ledgerOps.settlements.periodRequired') }]}>
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} disabled={busy} disabledDate={(d) => d.isAfter(dayjs(), 'month')} data-testid="settle-period" />
        </Form.Item>
        {busy && (
          <div role="status" aria-live="polite" style={{ marginBottom: 16 }} data-testid="settle-progress">
            <Progress percent={100} status="active" showInfo={false} />
            <Typography.Text type="secondary">{t('ledgerOps.settlements.running', { seconds: elapsed })}</Typography.Text>
          </div>
        )}
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerOps.settlements.runSubmit')} testId="settle-submit" />
      </Form>
    </FormModal>
  );
}

export default function SettlementsPage() {
  const { t, dateTime, pick } = useI18n();
  const fen = useFen();
  const { modal } = App.useApp();
  const { isOperator } = useSession();
  const [params, setParams] = useSearchParams();
  const p = params.get('period');
  const period = p && PERIOD.test(p) ? p : undefined;
  const list = usePaged((cursor, signal) => api.settlements({ period, cursor, limit: 50 }, signal), [period]);
  const [running, setRunning] = useState(false);

  const columns: TableColumnsType<Settlement> = [
    {
      title: t('ledgerOps.settlements.period'),
      key: 'period',
      width: 110,
      render: (_, s) => (
        <Link to={`/ledger/settlements/${encodeURIComponent(s.id)}`} data-testid={`settlement-link-${s.id}`}>
          {s.period}
        </Link>
      ),
    },
    { title: t('ledgerOps.settlements.provider'), key: 'provider', render: (_, s) => <Link to={`/ledger/providers/${encodeURIComponent(s.providerId)}`}>{pick(s.providerName, s.providerNameEn)}</Link> },
    { title: t('ledgerOps.settlements.orders'), key: 'orders', width: 90, align: 'right', render: (_, s) => s.orderCount },
    { title: t('ledgerOps.settlements.subsidy'), key: 'subsidy', width: 140, align: 'right', render: (_, s) => <Money fen={s.subsidyFen} /> },
    { title: t('ledgerOps.settlements.own'), key: 'own', width: 140, align: 'right', render: (_, s) => <Money fen={s.ownFen} /> },
    { title: t('ledgerOps.settlements.total'), key: 'total', width: 150, align: 'right', render: (_, s) => <Money fen={s.totalFen} strong /> },
    { title: t('ledgerOps.settlements.createdAt'), key: 'at', width: 140, render: (_, s) => dateTime(s.createdAt) },
  ];

  return (
    <div data-testid="ledger-settlements-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.settlements.title') }]} />
      <PageHeader
        title={t('ledgerOps.settlements.title')}
        subtitle={isOperator ? t('ledgerOps.settlements.intro') : t('ledgerOps.settlements.introProvider')}
        extra={
          isOperator && (
            <Button type="primary" icon={<CalculatorOutlined />} onClick={() => setRunning(true)} data-testid="settle-run">
              {t('ledgerOps.settlements.run')}
            </Button>
          )
        }
      />
      <div className="pj-panel">
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <label htmlFor="settlement-period">{t('ledgerOps.settlements.period')}</label>
          <DatePicker
            id="settlement-period"
            picker="month"
            format="YYYY-MM"
            value={period ? dayjs(`${period}-01`) : null}
            placeholder={t('common.all')}
            onChange={(d) => {
              const next = new URLSearchParams(params);
              if (d) next.set('period', d.format('YYYY-MM'));
              else next.delete('period');
              setParams(next, { replace: true });
            }}
            data-testid="settlements-period-filter"
          />
        </Flex>
        <ListStates list={list}>
          <Table<Settlement>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 950 }}
            locale={{ emptyText: <EmptyState description={period ? t('common.noMatch') : t('ledgerOps.settlements.empty')} /> }}
            data-testid="settlements-table"
          />
          <LoadMore list={list} testId="settlements-more" />
        </ListStates>
      </div>
      {running && (
        <RunModal
          onClose={() => setRunning(false)}
          onDone={(month, items) => {
            setRunning(false);
            list.reload();
            const total = items.reduce((sum, s) => sum + s.totalFen, 0);
            void modal.success({
              title: t('ledgerOps.settlements.doneTitle', { period: month }),
              content: (
                <div data-testid="settle-result">
                  {items.length === 0 ? (
                    <Alert type="info" title={t('ledgerOps.settlements.nothing')} />
                  ) : (
                    t('ledgerOps.settlements.done', { count: items.length, orders: items.reduce((n, s) => n + s.orderCount, 0), total: fen(total) })
                  )}
                </div>
              ),
            });
          }}
        />
      )}
    </div>
  );
}
