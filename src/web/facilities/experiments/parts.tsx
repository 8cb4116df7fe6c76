// Pieces shared by the experiment screens: status tags and steps, the schedule of an experiment,
// hazards, and the list of outcomes (also shown in a proposal's prior work).
import { Space, Steps, Tag, Typography } from 'antd';
import { zoned } from '../schedule/parts.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import type { ExperimentStatus, Outcome } from './api.ts';

const STATUS_COLOR: Record<ExperimentStatus, string> = {
  scheduled: 'blue',
  safety_approved: 'cyan',
  running: 'green',
  finished: 'default',
  cancelled: 'red',
};

/** An experiment's status as a tag. */
export function ExperimentStatusTag({ status }: { status: ExperimentStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`experiments.status.${status}` as MessageKey)}</Tag>;
}

/** scheduled → safety approval → experiment → finished → report, with where the experiment stands. */
export function ExperimentSteps({ status, reported }: { status: ExperimentStatus; reported: boolean }) {
  const { t } = useI18n();
  const current = status === 'scheduled' ? 1 : status === 'safety_approved' ? 2 : status === 'running' ? 2 : reported ? 5 : 4;
  return (
    <Steps
      size="small"
      current={current}
      status={status === 'cancelled' ? 'error' : status === 'running' ? 'process' : undefined}
      items={[
        { title: t('experiments.step.scheduled') },
        { title: t('experiments.step.safety') },
        { title: t('experiments.step.running') },
        { title: t('experiments.step.finished') },
        { title: t('experiments.step.report') },
      ]}
      data-testid="experiment-steps"
    />
  );
}

/** A scheduled span as local dates and times, e.g. 2026-10-12 08:00 – 2026-10-13 08:00. */
export function Span({ from, to, timeZone }: { from: string; to: string; timeZone?: string }) {
  const { dateTime } = useI18n();
  // In the facility's zone when it is known (as the schedule shows it), else the viewer's.
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {timeZone ? `${zoned(from, timeZone)} – ${zoned(to, timeZone)} (${timeZone})` : `${dateTime(from)} – ${dateTime(to)}`}
    </span>
  );
}

/** A hazard as a tag ('none' in grey). */
export function HazardTag({ hazard }: { hazard: string }) {
  const { t } = useI18n();
  return <Tag color={hazard === 'none' ? 'default' : 'volcano'}>{t(`experiments.hazard.${hazard}` as MessageKey)}</Tag>;
}

/** The outcomes of a proposal: publications with their DOI links, patents with their numbers. */
export function OutcomeList({ outcomes, actions }: { outcomes: Outcome[]; actions?: (o: Outcome) => React.ReactNode }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="outcome-list">
      {outcomes.map((o) => (
        <div key={o.id} data-testid={`outcome-${o.id}`} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
          <Tag color={o.kind === 'publication' ? 'geekblue' : 'purple'}>{t(o.kind === 'publication' ? 'experiments.outcomes.publication' : 'experiments.outcomes.patent')}</Tag>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong>{o.title}</Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[o.venue, o.year].filter(Boolean).join(', ')}
                {(o.venue || o.year) && ' · '}
              </Typography.Text>
              {o.doi ? (
                <Typography.Link href={`https://doi.org/${o.doi}`} target="_blank" rel="noopener noreferrer" style={{ fontSize: 12 }}>
                  doi:{o.doi}
                </Typography.Link>
              ) : (
                <Typography.Text code style={{ fontSize: 12 }}>
                  {o.patentNumber}
                </Typography.Text>
              )}
            </div>
          </div>
          {actions?.(o)}
        </div>
      ))}
    </Space>
  );
}
