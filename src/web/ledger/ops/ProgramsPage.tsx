// Subsidy programs, for everyone: terms and how much of each budget is granted; operators define new ones.
import { useState } from 'react';
import { Button, Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PROGRAM_KINDS, PROGRAM_STATUSES, type ProgramKind, type ProgramStatus } from '../../../shared/enums.ts';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { formatRate } from '../money.ts';
import * as api from './api.ts';
import type { Program } from './api.ts';
import { BudgetBar, LedgerCrumbs, Money, ProgramKindTag, ProgramStatusTag, useValidity } from './parts.tsx';
import { ProgramFormModal } from './ProgramForm.tsx';

function oneOf<T extends string>(all: readonly T[], v: string | null): T | undefined {
  return v !== null && (all as readonly string[]).includes(v) ? (v as T) : undefined;
}

export default function ProgramsPage() {
  const { t, pick } = useI18n();
  const validity = useValidity();
  const { isOperator } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = oneOf<ProgramStatus>(PROGRAM_STATUSES, params.get('status'));
  const kind = oneOf<ProgramKind>(PROGRAM_KINDS, params.get('kind'));
  const [creating, setCreating] = useState(false);
  const list = usePaged((cursor, signal) => api.programs({ status, kind, cursor, limit: 50 }, signal), [status, kind]);

  const setFilter = (key: 'status' | 'kind', v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<Program> = [
    {
      title: t('ledgerOps.program.name'),
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/ledger/programs/${encodeURIComponent(p.id)}`} data-testid={`program-link-${p.code}`}>
            {pick(p.name, p.nameEn)}
          </Link>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {p.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('ledgerOps.program.kind'), key: 'kind', width: 130, render: (_, p) => <ProgramKindTag kind={p.kind} /> },
    { title: t('common.status'), key: 'status', width: 90, render: (_, p) => <ProgramStatusTag status={p.status} /> },
    { title: t('ledgerOps.program.rate'), key: 'rate', width: 90, align: 'right', render: (_, p) => formatRate(p.rateBp) },
    { title: t('ledgerOps.program.cap'), key: 'cap', width: 140, align: 'right', render: (_, p) => <Money fen={p.capPerOrgYearFen} /> },
    { title: t('ledgerOps.program.validity'), key: 'validity', width: 200, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{validity(p)}</span> },
    { title: t('ledgerOps.program.budget'), key: 'budget', width: 260, render: (_, p) => <BudgetBar program={p} compact /> },
  ];

  return (
    <div data-testid="ledger-programs-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.programs.title') }]} />
      <PageHeader
        title={t('ledgerOps.programs.title')}
        subtitle={t('ledgerOps.programs.intro')}
        extra={
          isOperator && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="program-create">
              {t('ledgerOps.programs.create')}
            </Button>
          )
        }
      />
      <div className="pj-panel">
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select<ProgramStatus>
            allowClear
            value={status}
            placeholder={t('ledgerOps.programs.allStatuses')}
            aria-label={t('common.status')}
            style={{ width: 160 }}
            options={PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`ledgerOps.programStatus.${s}`) }))}
            onChange={(v) => setFilter('status', v)}
            data-testid="programs-status-filter"
          />
          <Select<ProgramKind>
            allowClear
            value={kind}
            placeholder={t('ledgerOps.programs.allKinds')}
            aria-label={t('ledgerOps.program.kind')}
            style={{ width: 180 }}
            options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`ledgerOps.kind.${k}`) }))}
            onChange={(v) => setFilter('kind', v)}
            data-testid="programs-kind-filter"
          />
        </Flex>
        <ListStates list={list}>
          <Table<Program>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1050 }}
            locale={{ emptyText: <EmptyState description={status || kind ? t('common.noMatch') : t('ledgerOps.programs.empty')} /> }}
            data-testid="programs-table"
          />
          <LoadMore list={list} testId="programs-more" />
        </ListStates>
      </div>
      {isOperator && (
        <ProgramFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            navigate(`/ledger/programs/${encodeURIComponent(p.id)}`);
          }}
        />
      )}
    </div>
  );
}
