// Every voucher (operators), filtered by program, organization and status.
import { Flex, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { VOUCHER_STATUSES, type VoucherStatus } from '../../../shared/enums.ts';
import { PageHeader } from '../../components/common.tsx';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import { LedgerCrumbs, OrgPicker } from './parts.tsx';
import { VoucherTable } from './VoucherTable.tsx';

function isStatus(v: string | null): v is VoucherStatus {
  return v !== null && (VOUCHER_STATUSES as readonly string[]).includes(v);
}

export default function VouchersPage() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const s = params.get('status');
  const status = isStatus(s) ? s : undefined;
  const programId = params.get('programId') ?? undefined;
  const orgId = params.get('orgId') ?? undefined;
  const programs = useAsync((signal) => api.programs({ limit: 100 }, signal), []);
  const list = usePaged((cursor, signal) => api.vouchers({ programId, orgId, status, cursor, limit: 50 }, signal), [programId, orgId, status]);

  const setFilter = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  return (
    <div data-testid="ledger-vouchers-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.vouchers.title') }]} />
      <PageHeader title={t('ledgerOps.vouchers.title')} subtitle={t('ledgerOps.vouchers.intro')} />
      <div className="pj-panel">
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={programId}
            loading={programs.loading}
            placeholder={t('ledgerOps.vouchers.allPrograms')}
            aria-label={t('ledgerOps.voucher.program')}
            style={{ flex: '1 1 260px', maxWidth: 360 }}
            options={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: `${pick(p.name, p.nameEn)} (${p.code})` }))}
            onChange={(v) => setFilter('programId', v)}
            data-testid="vouchers-program-filter"
          />
          <div style={{ flex: '1 1 240px', maxWidth: 320 }}>
            <OrgPicker value={orgId} onChange={(v) => setFilter('orgId', v)} testId="vouchers-org-filter" />
          </div>
          <Select<VoucherStatus>
            allowClear
            value={status}
            placeholder={t('ledgerOps.vouchers.allStatuses')}
            aria-label={t('common.status')}
            style={{ width: 150 }}
            options={VOUCHER_STATUSES.map((v) => ({ value: v, label: t(`ledgerOps.voucherStatus.${v}`) }))}
            onChange={(v) => setFilter('status', v)}
            data-testid="vouchers-status-filter"
          />
        </Flex>
        <VoucherTable list={list} showProgram emptyText={programId || orgId || status ? t('common.noMatch') : t('ledgerOps.vouchers.empty')} testId="vouchers-table" />
      </div>
    </div>
  );
}
