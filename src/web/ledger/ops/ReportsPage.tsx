// Yearly reports of the programs (operators): for the vouchers granted in a year, issued −
// redeemed − expired − clawed back = outstanding, checked against the accounts' balances (the
// difference must be 0); where the money went, per program; and one program in detail.
import { useRef } from 'react';
import { Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { ProgramReportRow } from './api.ts';
import { FlowBar, FlowLegend } from './charts.tsx';
import { centerYear, LedgerCrumbs, Money, ProgramKindTag } from './parts.tsx';
import { Difference, Equation, ProgramReportView, YearPicker } from './ProgramReport.tsx';

export default function ReportsPage() {
  const { t, pick, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2000 && y <= centerYear() ? y : centerYear();
  const selected = params.get('program');
  const report = useAsync((signal) => api.programsReport(year, signal), [year]);
  const detail = useRef<HTMLDivElement>(null);

  const set = (key: string, v: string | null) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const choose = (programId: string) => {
    set('program', programId);
    // Let the detail mount, then bring it into view.
    setTimeout(() => detail.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  const columns: TableColumnsType<ProgramReportRow> = [
    {
      title: t('ledgerOps.program.name'),
      key: 'name',
      width: 180,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Link onClick={() => choose(r.programId)} data-testid={`report-row-${r.code}`}>
            {pick(r.name, r.nameEn)}
          </Typography.Link>
          <ProgramKindTag kind={r.kind} />
        </Space>
      ),
    },
    {
      title: t('ledgerOps.reports.vouchersCompanies'),
      key: 'vc',
      width: 90,
      align: 'right',
      render: (_, r) => `${number(r.vouchers)} / ${number(r.companies)}`,
    },
    { title: t('ledgerOps.reports.issued'), key: 'i', width: 130, align: 'right', render: (_, r) => <Money fen={r.issuedFen} /> },
    { title: `− ${t('ledgerOps.reports.redeemed')}`, key: 'r', width: 130, align: 'right', render: (_, r) => <Money fen={r.redeemedFen} /> },
    { title: `− ${t('ledgerOps.reports.expired')}`, key: 'e', width: 115, align: 'right', render: (_, r) => <Money fen={r.expiredFen} /> },
    { title: `− ${t('ledgerOps.reports.clawedBack')}`, key: 'cb', width: 115, align: 'right', render: (_, r) => <Money fen={r.clawedBackFen} /> },
    { title: `= ${t('ledgerOps.reports.outstanding')}`, key: 'o', width: 135, align: 'right', render: (_, r) => <Money fen={r.outstandingFlowFen} strong /> },
    { title: t('ledgerOps.reports.balanceFromAccounts'), key: 'b', width: 135, align: 'right', render: (_, r) => <Money fen={r.outstandingBalanceFen} /> },
    { title: t('ledgerOps.reports.difference'), key: 'd', width: 80, align: 'right', render: (_, r) => <Difference fen={r.differenceFen} /> },
  ];

  const chosen = report.data?.rows.find((r) => r.programId === selected);

  return (
    <div data-testid="ledger-reports-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.reports.title') }]} />
      <PageHeader
        title={t('ledgerOps.reports.title')}
        subtitle={t('ledgerOps.reports.intro')}
        extra={
          <Flex align="center" gap={8}>
            <Typography.Text>{t('ledgerOps.reports.year')}</Typography.Text>
            <YearPicker year={year} onChange={(v) => set('year', String(v))} testId="reports-year" />
          </Flex>
        }
      />
      {report.loading && !report.data ? (
        <LoadingBlock rows={8} />
      ) : report.error != null || !report.data ? (
        <ErrorResult error={report.error} onRetry={report.reload} />
      ) : (
        <>
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('ledgerOps.reports.totals', { year: report.data.year })}
            </Typography.Title>
            <Equation row={report.data.totals} />
          </div>
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('ledgerOps.reports.byProgram')}
            </Typography.Title>
            <Table<ProgramReportRow>
              rowKey="programId"
              size="small"
              columns={columns}
              dataSource={report.data.rows}
              pagination={false}
              scroll={{ x: 1100 }}
              rowClassName={(r) => (r.programId === selected ? 'ant-table-row-selected' : '')}
              locale={{ emptyText: <EmptyState description={t('ledgerOps.reports.empty', { year: report.data.year })} /> }}
              summary={() =>
                report.data && report.data.rows.length > 1 ? (
                  <Table.Summary>
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        <Typography.Text strong>{t('ledgerOps.settlements.total')}</Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        {`${number(report.data.totals.vouchers)} / ${number(report.data.totals.companies)}`}
                      </Table.Summary.Cell>
                      {(['issuedFen', 'redeemedFen', 'expiredFen', 'clawedBackFen', 'outstandingFlowFen', 'outstandingBalanceFen'] as const).map((k, i) => (
                        <Table.Summary.Cell key={k} index={2 + i} align="right">
                          <Money fen={report.data!.totals[k]} strong />
                        </Table.Summary.Cell>
                      ))}
                      <Table.Summary.Cell index={8} align="right">
                        <Difference fen={report.data.totals.differenceFen} />
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  </Table.Summary>
                ) : null
              }
              data-testid="reports-table"
            />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
              {t('ledgerOps.reports.pickProgram')}
            </Typography.Paragraph>
          </div>
          {report.data.rows.length > 0 && (
            <div className="pj-panel" style={{ marginBottom: 16 }} data-testid="reports-flow-chart">
              <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {t('ledgerOps.reports.flow')}
                </Typography.Title>
                <FlowLegend />
              </Flex>
              {report.data.rows.map((r) => (
                <Flex key={r.programId} align="center" gap={16} style={{ marginBottom: 10 }}>
                  <Typography.Link onClick={() => choose(r.programId)} ellipsis style={{ width: 200, flex: 'none' }}>
                    {pick(r.name, r.nameEn)}
                  </Typography.Link>
                  <div style={{ flex: 1, minWidth: 120 }}>
                    <FlowBar flows={r} height={16} />
                  </div>
                  <div style={{ width: 150, flex: 'none', textAlign: 'right' }}>
                    <Money fen={r.issuedFen} type="secondary" />
                  </div>
                </Flex>
              ))}
            </div>
          )}
          {report.data.rows.length > 0 && (
            <div ref={detail} className="pj-panel" style={{ scrollMarginTop: 80 }}>
              {chosen ? (
                <ProgramReportView
                  key={`${chosen.programId}:${year}`}
                  programId={chosen.programId}
                  year={year}
                  title={
                    <Typography.Title level={4} style={{ margin: '0 0 4px' }}>
                      <Link to={`/ledger/programs/${encodeURIComponent(chosen.programId)}`}>{pick(chosen.name, chosen.nameEn)}</Link>
                    </Typography.Title>
                  }
                />
              ) : (
                <EmptyState description={t('ledgerOps.reports.pickProgram')} />
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
