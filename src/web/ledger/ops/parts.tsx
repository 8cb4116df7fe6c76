// Pieces the ledger ops screens share: tags for statuses and kinds, money, the budget bar, yuan
// fields, the organization picker, the breadcrumb and the transfers table.
import { useEffect, useState, type ReactNode } from 'react';
import { App, Breadcrumb, Button, Flex, Progress, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Rule } from 'antd/es/form';
import { Link } from 'react-router';
import type { ProgramKind, ProgramStatus, ServiceCategory, TransferCode, TransferKind, VoucherStatus, ApprovalStatus } from '../../../shared/enums.ts';
import { LoadMore } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen, parseYuan } from '../money.ts';
import * as api from './api.ts';
import type { Download, ExportFormat, LedgerTransfer, Program } from './api.ts';

const KIND_COLOR: Record<ProgramKind, string> = {
  innovation_voucher: 'blue',
  compute_voucher: 'purple',
  model_voucher: 'geekblue',
  data_voucher: 'cyan',
  incubation_grant: 'orange',
};

/** A program's kind as a tag. */
export function ProgramKindTag({ kind }: { kind: ProgramKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(`ledgerOps.kind.${kind}`)}</Tag>;
}

const PROGRAM_STATUS_COLOR: Record<ProgramStatus, string> = { draft: 'default', active: 'green', closed: 'red' };

/** A program's status as a tag. */
export function ProgramStatusTag({ status }: { status: ProgramStatus }) {
  const { t } = useI18n();
  return <Tag color={PROGRAM_STATUS_COLOR[status]}>{t(`ledgerOps.programStatus.${status}`)}</Tag>;
}

const VOUCHER_STATUS_COLOR: Record<VoucherStatus, string> = { active: 'green', expired: 'default', closed: 'red' };

/** A voucher's status as a tag. */
export function VoucherStatusTag({ status }: { status: VoucherStatus }) {
  const { t } = useI18n();
  return <Tag color={VOUCHER_STATUS_COLOR[status]}>{t(`ledgerOps.voucherStatus.${status}`)}</Tag>;
}

const APPROVAL_STATUS_COLOR: Record<ApprovalStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** An approval's status as a tag. */
export function ApprovalStatusTag({ status }: { status: ApprovalStatus }) {
  const { t } = useI18n();
  return <Tag color={APPROVAL_STATUS_COLOR[status]}>{t(`ledgerOps.approvalStatus.${status}`)}</Tag>;
}

/** A service category as a tag. */
export function CategoryTag({ category }: { category: ServiceCategory }) {
  const { t } = useI18n();
  return <Tag>{t(`ledgerOps.category.${category}`)}</Tag>;
}

/** An amount in fen, shown as yuan in the UI language. */
export function Money({ fen, strong, type }: { fen: number; strong?: boolean; type?: 'success' | 'danger' | 'secondary' }) {
  const { locale } = useI18n();
  return (
    <Typography.Text strong={strong} type={type} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(fen, locale)}
    </Typography.Text>
  );
}

/** The formatter of fen for the UI language (for strings rather than elements). */
export function useFen(): (fen: number) => string {
  const { locale } = useI18n();
  return (fen) => formatFen(fen, locale);
}

/** How much of a program's funded budget was granted, and what is still available. */
export function BudgetBar({ program, compact }: { program: Program; compact?: boolean }) {
  const { t } = useI18n();
  const fen = useFen();
  const pct = program.fundedFen > 0 ? Math.min(100, Math.round((program.grantedFen / program.fundedFen) * 1000) / 10) : 0;
  const tip = `${t('ledgerOps.program.funded')} ${fen(program.fundedFen)} · ${t('ledgerOps.program.granted')} ${fen(program.grantedFen)} · ${t('ledgerOps.program.available')} ${fen(program.availableFen)}`;
  return (
    <Tooltip title={tip}>
      <div style={{ minWidth: compact ? 160 : 240 }} aria-label={tip}>
        <Progress percent={pct} size="small" status={pct >= 95 ? 'exception' : 'normal'} format={(p) => `${p}%`} />
        <div style={{ fontSize: 12, lineHeight: 1.5, overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ledgerOps.program.grantedOf', { granted: fen(program.grantedFen), funded: fen(program.fundedFen) })}
          </Typography.Text>
        </div>
        <Typography.Text style={{ fontSize: 12 }}>{t('ledgerOps.program.availableShort', { amount: fen(program.availableFen) })}</Typography.Text>
      </div>
    </Tooltip>
  );
}

/** Form rules for a yuan amount (at least `minFen`, two decimals at most). */
export function useYuanRules(opts: { required?: boolean; minFen?: number; maxFen?: number } = {}): Rule[] {
  const { t } = useI18n();
  const fen = useFen();
  return [
    { required: opts.required ?? true, message: t('ledgerOps.form.amountRequired') },
    {
      validator: async (_, v: string | undefined) => {
        if (v === undefined || v === null || String(v).trim() === '') return;
        const n = parseYuan(String(v));
        if (n === null) throw new Error(t('ledgerOps.form.amountInvalid'));
        if (opts.minFen !== undefined && n < opts.minFen) throw new Error(t('ledgerOps.form.amountMin', { min: fen(opts.minFen) }));
        if (opts.maxFen !== undefined && n > opts.maxFen) throw new Error(t('ledgerOps.form.amountMax', { max: fen(opts.maxFen) }));
      },
    },
  ];
}

/** Fen of a yuan field already validated by useYuanRules. */
export function toFen(v: string | undefined): number {
  return parseYuan(String(v ?? '')) ?? 0;
}

/** Fen as the text of a yuan field ("1234.5" → the field shows 1234.50). */
export function toYuanText(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Picks an organization by searching the directory (GET /api/orgs?q=). */
export function OrgPicker({ value, onChange, testId, id }: { value?: string; onChange?: (v: string | undefined) => void; testId?: string; id?: string }) {
  const { t, pick, errorText } = useI18n();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: ReactNode; title: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The chosen organization stays among the options when a new search no longer finds it.
  const [chosen, setChosen] = useState<{ value: string; label: ReactNode; title: string } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    // Search once the typing pauses.
    const timer = setTimeout(() => {
      setLoading(true);
      api.orgSearch(q.trim(), ctrl.signal).then(
        (page) => {
          setOptions(
            page.items.map((o) => ({
              value: o.id,
              title: pick(o.name, o.nameEn),
              label: (
                <Flex justify="space-between" gap={8}>
                  <span>{pick(o.name, o.nameEn)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`orgKind.${o.kind}`)}
                  </Typography.Text>
                </Flex>
              ),
            })),
          );
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (ctrl.signal.aborted) return;
          setError(errorText(e));
          setLoading(false);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, pick, t, errorText]);

  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        onChange?.(v);
      }}
      allowClear
      placeholder={t('ledgerOps.form.orgSearch')}
      loading={loading}
      options={chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options}
      optionLabelProp="title"
      notFoundContent={error ?? (loading ? t('common.loading') : t('common.noMatch'))}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/** The ledger's breadcrumb: 补贴与券 › … › here. */
export function LedgerCrumbs({ items }: { items: { title: ReactNode; to?: string }[] }) {
  const { t } = useI18n();
  return (
    <Breadcrumb
      style={{ marginBottom: 16 }}
      items={[{ title: <Link to="/ledger">{t('nav.ledger')}</Link> }, ...items.map((i) => ({ title: i.to ? <Link to={i.to}>{i.title}</Link> : i.title }))]}
    />
  );
}

/** A link to the account explorer (operators), showing the account id's tail. */
export function AccountLink({ id, label, link = true }: { id: string; label?: ReactNode; link?: boolean }) {
  const text = label ?? <Typography.Text code style={{ fontSize: 12 }}>{id.slice(-10)}</Typography.Text>;
  return link ? (
    <Tooltip title={id}>
      <Link to={`/ledger/accounts/${encodeURIComponent(id)}`}>{text}</Link>
    </Tooltip>
  ) : (
    <Tooltip title={id}>{text}</Tooltip>
  );
}

// Where the object a transfer refers to is shown.
const REF_PATHS: Record<string, string> = {
  order: '/ledger/orders/',
  voucher: '/ledger/vouchers/',
  program: '/ledger/programs/',
  settlement: '/ledger/settlements/',
  organization: '/orgs/',
};

const TRANSFER_KIND_COLOR: Record<TransferKind, string> = { single: 'default', pending: 'gold', post: 'green', void: 'default', expire: 'default' };

/**
 * Transfers, newest first. Seen from `accountId`, amounts it received are positive and amounts it
 * paid negative (balance = credits − debits); pending, void and expire phases hold or release
 * money without moving the balance, so they are shown without a sign.
 */
export function TransfersTable({ accountId, linkAccounts, testId, pageSize = 50 }: { accountId: string; linkAccounts: boolean; testId: string; pageSize?: number }) {
  const { t, dateTime } = useI18n();
  const fen = useFen();
  const list = usePaged((cursor, signal) => api.transfers({ accountId, cursor, limit: pageSize }, signal), [accountId, pageSize]);

  const signed = (tr: LedgerTransfer) => {
    const moves = tr.kind === 'single' || tr.kind === 'post';
    if (!moves) return <Typography.Text type="secondary">{fen(tr.amount)}</Typography.Text>;
    const incoming = tr.creditAccountId === accountId;
    return (
      <Typography.Text type={incoming ? 'success' : 'danger'} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {incoming ? '+' : '−'}
        {fen(tr.amount)}
      </Typography.Text>
    );
  };

  const columns: TableColumnsType<LedgerTransfer> = [
    { title: t('ledgerOps.transfer.at'), key: 'at', width: 140, render: (_, r) => dateTime(r.createdAt) },
    {
      title: t('ledgerOps.transfer.code'),
      key: 'code',
      width: 170,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag>{t(`ledgerOps.transferCode.${r.code as TransferCode}`)}</Tag>
          {r.kind !== 'single' && <Tag color={TRANSFER_KIND_COLOR[r.kind]}>{t(`ledgerOps.transferKind.${r.kind}`)}</Tag>}
        </Flex>
      ),
    },
    { title: t('ledgerOps.transfer.amount'), key: 'amount', width: 150, align: 'right', render: (_, r) => signed(r) },
    {
      title: t('ledgerOps.transfer.counterparty'),
      key: 'other',
      width: 150,
      render: (_, r) => {
        const other = r.creditAccountId === accountId ? r.debitAccountId : r.creditAccountId;
        return <AccountLink id={other} link={linkAccounts} />;
      },
    },
    {
      title: t('ledgerOps.transfer.memo'),
      key: 'memo',
      ellipsis: true,
      render: (_, r) => {
        const text = r.memo ?? (r.refType ? `${r.refType} ${r.refId ?? ''}` : '—');
        const prefix = r.refType ? REF_PATHS[r.refType] : undefined;
        return prefix && r.refId ? <Link to={`${prefix}${encodeURIComponent(r.refId)}`}>{text}</Link> : text;
      },
    },
    { title: t('ledgerOps.transfer.by'), key: 'by', width: 120, ellipsis: true, render: (_, r) => r.createdBy ?? '—' },
  ];

  return (
    <ListStates list={list}>
      <Table<LedgerTransfer>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('ledgerOps.transfer.empty')} /> }}
        data-testid={testId}
      />
      <LoadMore list={list} testId={`${testId}-more`} />
    </ListStates>
  );
}

/** The current year in China Standard Time (programs' caps and reports count by it). */
export function centerYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** The name of a currency ledger (156 renminbi, 1156 subsidy quota), or its number. */
export function useLedgerName(): (ledger: number) => string {
  const { t } = useI18n();
  return (ledger) => (ledger === 156 ? t('ledgerOps.ledger.cny') : ledger === 1156 ? t('ledgerOps.ledger.quota') : String(ledger));
}

/**
 * A program's validity as whole days: validTo is the first instant after the range (midnight
 * after the last day), so the last day shown is the one before it.
 */
export function useValidity(): (p: Pick<Program, 'validFrom' | 'validTo'>) => string {
  const { date } = useI18n();
  return (p) => `${date(p.validFrom)} – ${date(lastInstant(p.validTo))}`;
}

/** The last instant before an exclusive end (the last day of a range that ends at midnight). */
export function lastInstant(endIso: string): string {
  return new Date(Date.parse(endIso) - 1).toISOString();
}

/** Buttons that download an export as CSV or Excel (errors show as a message, not a page). */
export function ExportButtons({ fetch, testId }: { fetch: (format: ExportFormat) => Promise<Download>; testId: string }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      api.saveFile(await fetch(format));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={busy === 'csv'} disabled={busy !== null} onClick={() => void run('csv')} data-testid={`${testId}-csv`}>
        {t('ledgerOps.export.csv')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void run('xlsx')} data-testid={`${testId}-xlsx`}>
        {t('ledgerOps.export.xlsx')}
      </Button>
    </Space>
  );
}
