// Small pieces of the calls screens: status tags, the deadline countdown, the call's window.
import { useEffect, useState, type ReactNode } from 'react';
import { Modal, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.tsx';
import type { ApplicationStatus, Call } from './api.ts';

const APP_COLORS: Record<ApplicationStatus, string> = { draft: 'default', submitted: 'blue', in_review: 'gold', decided: 'green', withdrawn: 'default' };
const CALL_COLORS: Record<Call['status'], string> = { draft: 'default', open: 'green', closed: 'orange', archived: 'default' };

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={APP_COLORS[status]} data-testid={`app-status-${status}`}>
      {t(`calls.appStatus.${status}`)}
    </Tag>
  );
}

export function CallStatusTag({ status }: { status: Call['status'] }) {
  const { t } = useI18n();
  return <Tag color={CALL_COLORS[status]}>{t(`calls.callStatus.${status}`)}</Tag>;
}

/** Milliseconds until an instant, ticking every second. */
function useRemaining(iso: string | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!iso) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [iso]);
  return iso ? new Date(iso).getTime() - now : null;
}

/** The deadline in the call's zone with a live countdown (or "continuous" / "closed"). */
export function Deadline({ call, compact }: { call: Pick<Call, 'closesAt' | 'closesAtLocal' | 'timeZone' | 'mode'>; compact?: boolean }) {
  const { t } = useI18n();
  const left = useRemaining(call.closesAt);
  if (call.mode === 'continuous' || !call.closesAt) return <Typography.Text type="secondary">{t('calls.continuous')}</Typography.Text>;
  const local = `${call.closesAtLocal?.slice(0, compact ? 16 : 19)} (${call.timeZone})`;
  if (left === null || left <= 0) {
    return (
      <Space size={4} wrap>
        <Typography.Text>{local}</Typography.Text>
        <Tag>{t('calls.deadlinePassed')}</Tag>
      </Space>
    );
  }
  const s = Math.floor(left / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const urgent = left < 24 * 3600_000;
  return (
    <Space size={4} wrap data-testid="deadline">
      <Typography.Text>{local}</Typography.Text>
      <Tag color={urgent ? 'red' : 'blue'} icon={<ClockCircleOutlined />}>
        {d > 0 ? t('calls.countdownDays', { d, h, m }) : t('calls.countdown', { h, m, s: sec })}
      </Tag>
    </Space>
  );
}

/** A dialog wide enough for the call and form editors (the shared FormModal is sized for short forms). */
export function WideModal({ open, title, onClose, children, width = 880 }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode; width?: number }) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={width} focusable={{ trap: true }} styles={{ body: { maxHeight: '72vh', overflowY: 'auto', paddingRight: 8 } }}>
      {children}
    </Modal>
  );
}
