// A program's report for one grant year (operators): the cohort's equation, where its money went
// by month, by company and by provider, and the export as CSV or Excel.
import { useState, type ReactNode } from 'react';
import { DatePicker, Flex, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { CompanyReportRow, ProgramReportRow, ProviderReportRow } from './api.ts';
import { FlowBar, FlowLegend, MonthBars } from './charts.tsx';
import { centerYear, ExportButtons, Money } from './parts.tsx';

/** "0" in green when the two ways of counting agree; the amount in red when they do not. */
export function Difference({ fen }: { fen: number }) {
  const { t } = useI18n();
  return fen === 0 ? (
    <Tooltip title={t('ledgerOps.reports.differenceOk')}>
      <Typography.Text type="success" strong data-testid="difference-ok">
        0
      </Typography.Text>
    </Tooltip>
  ) : (
    <Typography.Text type="danger" strong data-testid="difference-bad">
      <Money fen={fen} type="danger" strong />
    </Typography.Text>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ textAlign: 'center', minWidth: 110 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {label}
      </Typography.Text>
      <div style={{ fontSize: 18 }}>{children}</div>
    </div>
  );
}

function Op({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 20, alignSelf: 'flex-end', paddingBottom: 2 }} aria-hidden>
      {children}
    </Typography.Text>
  );
}

/** issued − redeemed − expired − clawed back = outstanding, then the accounts' balance and the difference. */
export function Equation({ row }: { row: Omit<ProgramReportRow, 'programId' | 'code' | 'name' | 'nameEn' | 'kind'> }) {
  const { t } = useI18n();
  return (
    <div data-testid="report-equation">
      <Flex wrap gap={12} align="flex-end" style={{ marginBottom: 8 }}>
        <Term label={t('ledgerOps.reports.issued')}>
          <Money fen={row.issuedFen} />
        </Term>
        <Op>−</Op>
        <Term label={t('ledgerOps.reports.redeemed')}>
          <Money fen={row.redeemedFen} />
        </Term>
        <Op>−</Op>
        <Term label={t('ledgerOps.reports.expired')}>
          <Money fen={row.expiredFen} />
        </Term>
        <Op>−</Op>
        <Term label={t('ledgerOps.reports.clawedBack')}>
          <Money fen={row.clawedBackFen} />
        </Term>
        <Op>=</Op>
        <Term label={t('ledgerOps.reports.outstanding')}>
          <Money fen={row.outstandingFlowFen} strong />
        </Term>
      </Flex>
      <Space wrap size={16}>
        <Typography.Text type="secondary">
          {t('ledgerOps.reports.balanceFromAccounts')}: <Money fen={row.outstandingBalanceFen} />
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('ledgerOps.reports.difference')}: <Difference fen={row.differenceFen} />
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('ledgerOps.reports.reservedOf')}: <Money fen={row.reservedFen} />
        </Typography.Text>
      </Space>
    </div>
  );
}

/** A program's report for `year`: equation, flow bar, by month, by company, by provider. */
export function ProgramReportView({ programId, year, title }: { programId: string; year: number; title?: ReactNode }) {
  const { t, number, pick } = useI18n();
  const report = useAsync((signal) => api.programReport(programId, year, signal), [programId, year]);

  if (report.loading && !report.data) return <LoadingBlock rows={6} />;
  if (report.error != null || !report.data) return <ErrorResult error={report.error} onRetry={report.reload} />;
  const r = report.data;

  const companyColumns: TableColumnsType<CompanyReportRow> = [
    { title: t('ledgerOps.reports.company'), key: 'org', render: (_, c) => <Link to={`/ledger/vouchers?programId=${encodeURIComponent(programId)}&orgId=${encodeURIComponent(c.orgId)}`}>{pick(c.orgName, c.orgNameEn)}</Link> },
    { title: t('ledgerOps.reports.vouchers'), key: 'v', width: 70, align: 'right', render: (_, c) => number(c.vouchers) },
    { title: t('ledgerOps.reports.issued'), key: 'i', align: 'right', render: (_, c) => <Money fen={c.issuedFen} /> },
    { title: t('ledgerOps.reports.redeemed'), key: 'r', align: 'right', render: (_, c) => <Money fen={c.redeemedFen} /> },
    { title: t('ledgerOps.reports.expired'), key: 'e', align: 'right', render: (_, c) => <Money fen={c.expiredFen} /> },
    { title: t('ledgerOps.reports.clawedBack'), key: 'c', align: 'right', render: (_, c) => <Money fen={c.clawedBackFen} /> },
    { title: t('ledgerOps.reports.outstanding'), key: 'o', align: 'right', render: (_, c) => <Money fen={c.outstandingFen} strong /> },
    { title: t('ledgerOps.reports.reserved'), key: 'res', align: 'right', render: (_, c) => <Money fen={c.reservedFen} type="secondary" /> },
  ];
  const providerColumns: TableColumnsType<ProviderReportRow> = [
    { title: t('ledgerOps.settlements.provider'), key: 'p', render: (_, p) => <Link to={`/ledger/providers/${encodeURIComponent(p.providerId)}`}>{pick(p.providerName, p.providerNameEn)}</Link> },
    { title: t('ledgerOps.settlements.orders'), key: 'o', width: 80, align: 'right', render: (_, p) => number(p.orders) },
    { title: t('ledgerOps.settlements.subsidy'), key: 's', align: 'right', render: (_, p) => <Money fen={p.subsidyFen} /> },
    { title: t('ledgerOps.settlements.own'), key: 'own', align: 'right', render: (_, p) => <Money fen={p.ownFen} /> },
    { title: t('ledgerOps.settlements.total'), key: 't', align: 'right', render: (_, p) => <Money fen={p.totalFen} strong /> },
  ];

  return (
    <div data-testid="program-report">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          {title}
          <Typography.Text type="secondary">
            {t('ledgerOps.reports.cohort', { year: r.year, vouchers: number(r.program.vouchers), companies: number(r.program.companies) })}
          </Typography.Text>
        </div>
        <ExportButtons testId="report-export" fetch={(format) => api.exportProgramReport(programId, r.year, format)} />
      </Flex>
      <Equation row={r.program} />
      <div style={{ margin: '16px 0 24px' }}>
        <FlowBar flows={r.program} height={18} />
        <div style={{ marginTop: 8 }}>
          <FlowLegend />
        </div>
      </div>
      <Typography.Title level={5}>{t('ledgerOps.reports.byMonth')}</Typography.Title>
      {r.byMonth.length === 0 ? <EmptyState description={t('ledgerOps.reports.noMonths')} /> : <MonthBars rows={r.byMonth} />}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('ledgerOps.reports.byCompany')}
      </Typography.Title>
      <Table<CompanyReportRow>
        rowKey="orgId"
        size="small"
        columns={companyColumns}
        dataSource={r.byCompany}
        pagination={r.byCompany.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <EmptyState description={t('ledgerOps.reports.noCompanies')} /> }}
        data-testid="report-by-company"
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('ledgerOps.reports.byProvider')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('ledgerOps.reports.byProviderHelp')}
      </Typography.Paragraph>
      <Table<ProviderReportRow>
        rowKey="providerId"
        size="small"
        columns={providerColumns}
        dataSource={r.byProvider}
        pagination={r.byProvider.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <EmptyState description={t('ledgerOps.reports.noProviders')} /> }}
        data-testid="report-by-provider"
      />
    </div>
  );
}

/** A year picker for reports (grant years, China Standard Time; none in the future). */
export function YearPicker({ year, onChange, testId }: { year: number; onChange: (y: number) => void; testId: string }) {
  const { t } = useI18n();
  const now = centerYear();
  return (
    <DatePicker
      picker="year"
      allowClear={false}
      value={dayjs(`${year}-07-01`)}
      onChange={(d) => d && onChange(d.year())}
      disabledDate={(d) => d.year() > now || d.year() < 2000}
      aria-label={t('ledgerOps.reports.year')}
      data-testid={testId}
    />
  );
}

/** The report tab of a program's page, with its own year. */
export function ProgramReport({ programId }: { programId: string }) {
  const { t } = useI18n();
  const [year, setYear] = useState(centerYear);
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
        <Typography.Text>{t('ledgerOps.reports.year')}</Typography.Text>
        <YearPicker year={year} onChange={setYear} testId="program-report-year" />
        <Tag>{t('ledgerOps.reports.cohortHelp')}</Tag>
      </Flex>
      <ProgramReportView programId={programId} year={year} />
    </>
  );
}
