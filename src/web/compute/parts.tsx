// Pieces the compute screens share: the area's navigation, tags for engines and states, prices,
// utilization bars, and the caller's organizations (from the session's memberships).
import type { ReactNode } from 'react';
import { Flex, Progress, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatFen } from '../ledger/money.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useMemberships } from '../session/useMemberships.ts';
import type { AllocationStatus, ClusterAdmission, ClusterEngine, ClusterObserved, ClusterStatus, ConsentStatus, GpuClass } from './api.ts';

/**
 * The compute area's tabs, in order. Another screen of the area adds its entry here (e.g. the
 * queue and my jobs); `operator` entries show to platform operators only.
 */
export const COMPUTE_NAV: { path: string; key: MessageKey; testId: string; operator?: boolean }[] = [
  { path: '/compute', key: 'compute.nav.pool', testId: 'compute-nav-pool' },
  { path: '/compute/jobs', key: 'computeJobs.nav.myJobs', testId: 'compute-nav-jobs' },
  { path: '/compute/queue', key: 'computeJobs.nav.queue', testId: 'compute-nav-queue' },
  { path: '/compute/allocations', key: 'compute.nav.allocations', testId: 'compute-nav-allocations' },
  { path: '/compute/usage', key: 'computeJobs.nav.usage', testId: 'compute-nav-usage' },
  { path: '/compute/provider', key: 'compute.nav.provider', testId: 'compute-nav-provider' },
  { path: '/compute/provider/income', key: 'computeJobs.nav.income', testId: 'compute-nav-income' },
];

/** The compute area's navigation: one tab per screen; the longest matching path is current. */
export function ComputeNav({ extra }: { extra?: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { isOperator } = useSession();
  const items = COMPUTE_NAV.filter((n) => !n.operator || isOperator);
  const current = [...items].sort((a, b) => b.path.length - a.path.length).find((n) => pathname === n.path || pathname.startsWith(`${n.path}/`))?.path ?? '';
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Segmented<string>
        value={current}
        onChange={(v) => navigate(v)}
        options={items.map((n) => ({ value: n.path, label: <span data-testid={n.testId}>{t(n.key)}</span> }))}
        aria-label={t('compute.nav.label')}
      />
      {extra}
    </Flex>
  );
}

/** An amount in fen as yuan in the UI language. */
export function useMoney(): (fen: number) => string {
  const { locale } = useI18n();
  return (fen) => formatFen(fen, locale);
}

const ENGINE_COLOR: Record<ClusterEngine, string> = { local: 'default', slurm: 'geekblue', kubernetes: 'purple' };
export function EngineTag({ engine }: { engine: ClusterEngine }) {
  const { t } = useI18n();
  return <Tag color={ENGINE_COLOR[engine]}>{t(`compute.engine.${engine}`)}</Tag>;
}

const CLUSTER_COLOR: Record<ClusterStatus, string> = { active: 'green', draining: 'orange', retired: 'default' };
export function ClusterStatusTag({ status }: { status: ClusterStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={CLUSTER_COLOR[status]} data-testid="cluster-status">
      {t(`compute.clusterStatus.${status}`)}
    </Tag>
  );
}

export function AdmissionTag({ admission }: { admission: ClusterAdmission }) {
  const { t } = useI18n();
  return <Tag color={admission === 'open' ? 'cyan' : 'gold'}>{t(`compute.admission.${admission}`)}</Tag>;
}

const CONSENT_COLOR: Record<ConsentStatus, string> = { requested: 'blue', granted: 'green', refused: 'red' };
export function ConsentStatusTag({ status }: { status: ConsentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={CONSENT_COLOR[status]} data-testid="consent-status">
      {t(`compute.consentStatus.${status}`)}
    </Tag>
  );
}

const ALLOCATION_COLOR: Record<AllocationStatus, string> = { requested: 'blue', active: 'green', expired: 'default', refused: 'red', revoked: 'volcano' };
export function AllocationStatusTag({ status }: { status: AllocationStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={ALLOCATION_COLOR[status]} data-testid="allocation-status">
      {t(`compute.allocationStatus.${status}`)}
    </Tag>
  );
}

/** A GPU class, or "CPU only" for null. */
export function GpuClassLabel({ gpuClass }: { gpuClass: GpuClass | null }) {
  const { t } = useI18n();
  return <>{t(`compute.gpuClass.${gpuClass ?? 'cpu'}`)}</>;
}

/** A bar of `used` out of `total` with the numbers beside it (amber from 80 %, red when full). */
export function UsageBar({ used, total, label, testId, width = 160 }: { used: number; total: number; label?: ReactNode; testId?: string; width?: number }) {
  const { number } = useI18n();
  const pct = total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  const color = pct >= 100 ? '#cf1322' : pct >= 80 ? '#d48806' : undefined;
  return (
    <Flex align="center" gap={8} data-testid={testId}>
      <Progress percent={pct} size={[width, 8]} showInfo={false} strokeColor={color} aria-label={`${number(used)} / ${number(total)}`} />
      <Typography.Text style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{label ?? `${number(used)} / ${number(total)}`}</Typography.Text>
    </Flex>
  );
}

/** What the cluster's adapter last said: up or down, when, and its GPUs allocated out of all. */
export function ObservedLine({ observed, testId }: { observed: ClusterObserved | null; testId?: string }) {
  const { t, dateTime, number } = useI18n();
  if (!observed) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('compute.observed.never')}
      </Typography.Text>
    );
  }
  return (
    <Space orientation="vertical" size={2} data-testid={testId}>
      <Space size={4} wrap>
        <Tooltip title={observed.message ?? undefined}>
          <Tag color={observed.up ? 'green' : 'red'} data-testid={testId ? `${testId}-state` : undefined}>
            {observed.up ? t('compute.observed.up') : t('compute.observed.down')}
          </Tag>
        </Tooltip>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('compute.observed.at', { time: dateTime(observed.at) })}
        </Typography.Text>
      </Space>
      {observed.gpusTotal > 0 && (
        <UsageBar used={observed.gpusAllocated} total={observed.gpusTotal} label={t('compute.observed.gpus', { used: number(observed.gpusAllocated), total: number(observed.gpusTotal) })} />
      )}
      {observed.message && !observed.up && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {observed.message}
        </Typography.Text>
      )}
    </Space>
  );
}

export { useMemberships };
