// The statistics charts, drawn with plain CSS like the ledger's (no chart library): requested
// against awarded shifts per station as paired columns, oversubscription as bars against the
// line of 1, and users by organization kind as one stacked bar.
import { Flex, Tooltip, Typography } from 'antd';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import type { StationStatistics } from './api.ts';

const COLORS = { requested: '#91caff', awarded: '#1677ff', over: '#fa8c16', under: '#52c41a' } as const;
const KIND_COLORS = ['#1677ff', '#13c2c2', '#fa8c16', '#722ed1', '#eb2f96', '#52c41a', '#faad14', '#2f54eb', '#f5222d', '#bfbfbf'];

function Legend({ items }: { items: { color: string; label: string }[] }) {
  return (
    <Flex wrap gap={16} style={{ fontSize: 12, marginBottom: 8 }}>
      {items.map((i) => (
        <Flex key={i.label} align="center" gap={6}>
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: i.color, display: 'inline-block' }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.label}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** Requested and awarded shifts per station, as paired columns scaled to the largest. */
export function ShiftBars({ stations }: { stations: StationStatistics[] }) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...stations.map((s) => Math.max(s.requestedShifts, s.awardedShifts, s.availableShifts)));
  const HEIGHT = 160;
  return (
    <div data-testid="stats-shift-chart">
      <Legend
        items={[
          { color: COLORS.requested, label: t('experiments.stats.requested') },
          { color: COLORS.awarded, label: t('experiments.stats.awarded') },
          { color: '#595959', label: t('experiments.stats.available') },
        ]}
      />
      <div style={{ overflowX: 'auto' }}>
        <Flex align="flex-end" gap={10} style={{ height: HEIGHT + 4, minWidth: stations.length * 52, borderBottom: '1px solid #d9d9d9' }}>
          {stations.map((s) => {
            const tip = `${s.code}: ${t('experiments.stats.requested')} ${number(s.requestedShifts)} · ${t('experiments.stats.awarded')} ${number(s.awardedShifts)} · ${t('experiments.stats.available')} ${number(s.availableShifts)}`;
            return (
              <Tooltip key={s.stationId} title={tip}>
                <Flex role="img" aria-label={tip} align="flex-end" gap={3} style={{ flex: '1 0 42px', height: HEIGHT, justifyContent: 'center', position: 'relative' }}>
                  {/* the station's available shifts, as a dashed line across its pair */}
                  <div aria-hidden style={{ position: 'absolute', left: 2, right: 2, bottom: (s.availableShifts / max) * HEIGHT, borderTop: '2px dashed #595959' }} />
                  <div style={{ width: 14, height: Math.max(s.requestedShifts > 0 ? 2 : 0, (s.requestedShifts / max) * HEIGHT), background: COLORS.requested, borderRadius: '2px 2px 0 0' }} />
                  <div style={{ width: 14, height: Math.max(s.awardedShifts > 0 ? 2 : 0, (s.awardedShifts / max) * HEIGHT), background: COLORS.awarded, borderRadius: '2px 2px 0 0' }} />
                </Flex>
              </Tooltip>
            );
          })}
        </Flex>
        <Flex gap={10} style={{ minWidth: stations.length * 52 }}>
          {stations.map((s) => (
            <Typography.Text key={s.stationId} type="secondary" ellipsis style={{ flex: '1 0 42px', width: 42, textAlign: 'center', fontSize: 11 }}>
              {s.code}
            </Typography.Text>
          ))}
        </Flex>
      </div>
    </div>
  );
}

/** Oversubscription per station as horizontal bars, with the line where requests equal what is available. */
export function OversubscriptionBars({ stations }: { stations: StationStatistics[] }) {
  const { t } = useI18n();
  const rows = stations.filter((s) => s.oversubscription !== null);
  const max = Math.max(1.2, ...rows.map((s) => s.oversubscription!));
  const pct = (v: number) => `${(v / max) * 100}%`;
  return (
    <div data-testid="stats-over-chart" style={{ maxHeight: 320, overflowY: 'auto' }}>
      {rows.map((s) => {
        const v = s.oversubscription!;
        return (
          <Flex key={s.stationId} align="center" gap={8} style={{ marginBottom: 4 }}>
            <Typography.Text ellipsis style={{ width: 90, fontSize: 12 }}>
              {s.code}
            </Typography.Text>
            <div role="img" aria-label={`${s.code}: ${v.toFixed(2)}`} style={{ flex: 1, position: 'relative', height: 12, background: '#f5f5f5', borderRadius: 2 }}>
              <div style={{ width: pct(v), height: '100%', background: v > 1 ? COLORS.over : COLORS.under, borderRadius: 2 }} />
              <div aria-hidden style={{ position: 'absolute', left: pct(1), top: -2, bottom: -2, borderLeft: '2px solid #262626' }} />
            </div>
            <Typography.Text style={{ width: 44, textAlign: 'right', fontSize: 12 }}>{v.toFixed(2)}</Typography.Text>
          </Flex>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('experiments.stats.chart.over')}
      </Typography.Text>
    </div>
  );
}

/** Users by organization kind as one stacked bar with its legend. */
export function OrgKindBar({ kinds }: { kinds: { kind: string; users: number }[] }) {
  const { t, number } = useI18n();
  const total = kinds.reduce((n, k) => n + k.users, 0);
  const label = (kind: string) => (kind === 'unknown' ? t('experiments.stats.unknownKind') : t(`orgKind.${kind}` as MessageKey));
  if (total === 0) return <Typography.Text type="secondary">{t('experiments.stats.chart.noUsers')}</Typography.Text>;
  const items = kinds.map((k, i) => ({ ...k, color: KIND_COLORS[i % KIND_COLORS.length]!, label: label(k.kind) }));
  const tip = items.map((k) => `${k.label} ${number(k.users)}`).join(' · ');
  return (
    <div data-testid="stats-users-chart">
      <Legend items={items.map((k) => ({ color: k.color, label: `${k.label} ${number(k.users)}` }))} />
      <Tooltip title={tip}>
        <div role="img" aria-label={tip} style={{ display: 'flex', height: 18, borderRadius: 3, overflow: 'hidden' }}>
          {items.map((k) => (
            <div key={k.kind} style={{ width: `${(k.users / total) * 100}%`, background: k.color, minWidth: 2 }} />
          ))}
        </div>
      </Tooltip>
    </div>
  );
}
