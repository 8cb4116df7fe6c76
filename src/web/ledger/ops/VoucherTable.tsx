// A table of vouchers (a program's, or all of them for operators), with "load more".
import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { PagedState } from '../../components/hooks.ts';
import { LoadMore } from '../../components/common.tsx';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Voucher } from './api.ts';
import { Money, ProgramKindTag, VoucherStatusTag } from './parts.tsx';

/** Vouchers with amount, what is left, expiry and status; `showProgram` adds the program column. */
export function VoucherTable({ list, showProgram, emptyText, testId }: { list: PagedState<Voucher>; showProgram: boolean; emptyText: string; testId: string }) {
  const { t, pick, date } = useI18n();
  const columns: TableColumnsType<Voucher> = [
    {
      title: t('ledgerOps.voucher.org'),
      key: 'org',
      render: (_, v) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/ledger/vouchers/${encodeURIComponent(v.id)}`} data-testid={`voucher-link-${v.id}`}>
            {pick(v.orgName, v.orgNameEn)}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ledgerOps.voucher.grantedAt', { date: date(v.grantedAt) })}
          </Typography.Text>
        </Space>
      ),
    },
    ...(showProgram
      ? [
          {
            title: t('ledgerOps.voucher.program'),
            key: 'program',
            render: (_: unknown, v: Voucher) => (
              <Space size={4} wrap>
                <Link to={`/ledger/programs/${encodeURIComponent(v.programId)}`}>{pick(v.programName, v.programNameEn)}</Link>
                <ProgramKindTag kind={v.programKind} />
              </Space>
            ),
          },
        ]
      : []),
    { title: t('ledgerOps.voucher.amount'), key: 'amount', width: 130, align: 'right', render: (_, v) => <Money fen={v.amountFen} /> },
    { title: t('ledgerOps.voucher.balance'), key: 'balance', width: 130, align: 'right', render: (_, v) => <Money fen={v.balanceFen} /> },
    { title: t('ledgerOps.voucher.reserved'), key: 'reserved', width: 120, align: 'right', render: (_, v) => <Money fen={v.reservedFen} type={v.reservedFen ? undefined : 'secondary'} /> },
    { title: t('ledgerOps.voucher.available'), key: 'available', width: 130, align: 'right', render: (_, v) => <Money fen={v.availableFen} strong /> },
    { title: t('ledgerOps.voucher.expiresAt'), key: 'expires', width: 110, render: (_, v) => date(v.expiresAt) },
    { title: t('common.status'), key: 'status', width: 90, render: (_, v) => <VoucherStatusTag status={v.status} /> },
  ];
  return (
    <ListStates list={list}>
      <Table<Voucher>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: showProgram ? 1100 : 900 }}
        locale={{ emptyText: <EmptyState description={emptyText} /> }}
        data-testid={testId}
      />
      <LoadMore list={list} testId={`${testId}-more`} />
    </ListStates>
  );
}
