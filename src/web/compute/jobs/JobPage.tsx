// One compute job: what was asked, where it waits or runs (position and reason in words), the
// state timeline from its events (said from their codes in the UI language), live logs (read from offsets every two seconds while it runs,
// scrolled to the end), and after the end its exit code, usage by GPU model and the charge split
// into the voucher's share and the organization's own, with why the voucher paid less in words.
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Row, Space, Statistic, Tag, Timeline, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { ComputeJobDetail, JobState } from './api.ts';
import { SHARE_COLORS } from './charts.tsx';
import { JobStateTag, Money, WaitReasonText, isFinal, useDuration, useFen, useHours, useJobText, useLimit, useNames, usePoll, useResources, useVoucherNote } from './parts.tsx';

/** How long after the end the screen keeps asking for the charge (metering may take a pass or two). */
const METER_WAIT_MS = 180_000;
/** The most log text kept on screen; older lines are dropped from the top. */
const MAX_LOG_CHARS = 400_000;

const EVENT_COLOR: Record<JobState, string> = {
  pending: 'gray',
  admitted: 'blue',
  dispatched: 'blue',
  running: 'blue',
  completed: 'green',
  failed: 'red',
  cancelled: 'gray',
  timeout: 'red',
};

function StateTimeline({ job }: { job: ComputeJobDetail }) {
  const { t } = useI18n();
  const said = useJobText();
  if (job.events.length === 0) return <Typography.Text type="secondary">{t('computeJobs.job.noEvents')}</Typography.Text>;
  return (
    <Timeline
      data-testid="cj-timeline"
      items={job.events.map((e, i) => {
        const text = said(e);
        return {
          key: `${e.at}-${i}`,
          color: EVENT_COLOR[e.state],
          content: (
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Space size={8} wrap>
                <Typography.Text strong data-testid={`cj-event-${e.state}`}>
                  {t(`computeJobs.state.${e.state}`)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}
                </Typography.Text>
              </Space>
              {text && (
                <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }} data-code={e.code ?? undefined}>
                  {text}
                </Typography.Text>
              )}
            </Space>
          ),
        };
      })}
    />
  );
}

/** The job's output, read from offsets while the job runs and until the engine says it was all read. */
function Logs({ job }: { job: ComputeJobDetail }) {
  const { t, errorText } = useI18n();
  const [text, setText] = useState('');
  const [trimmed, setTrimmed] = useState(false);
  const [eof, setEof] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [follow, setFollow] = useState(true);
  const offset = useRef(0);
  const box = useRef<HTMLPreElement>(null);
  const reached = job.dispatchedAt !== null || job.startedAt !== null;
  const final = isFinal(job.state);

  const read = async () => {
    // Several reads in a row when there is more than one chunk waiting.
    for (let i = 0; i < 8; i++) {
      const c = await api.logs(job.id, offset.current);
      setError(null);
      offset.current = c.next;
      if (c.text) {
        setText((prev) => {
          const next = prev + c.text;
          if (next.length <= MAX_LOG_CHARS) return next;
          setTrimmed(true);
          const cut = next.slice(next.length - MAX_LOG_CHARS);
          return cut.slice(cut.indexOf('\n') + 1);
        });
      }
      if (c.eof) {
        setEof(true);
        return;
      }
      if (!c.text) return;
    }
  };
  // One read at a time: two reads from the same offset would show the same lines twice.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const readSafely = (): Promise<void> => {
    chain.current = chain.current.then(async () => {
      try {
        await read();
      } catch (e) {
        setError(e);
      }
    });
    return chain.current;
  };

  // The first read as soon as the job reached its cluster; then every two seconds until the end.
  useEffect(() => {
    if (reached) void readSafely();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reached, job.id]);
  usePoll(readSafely, 2000, reached && !eof);
  // A job that ended: one more read picks up what it wrote last.
  useEffect(() => {
    if (final && reached) void readSafely();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [final]);

  useEffect(() => {
    const el = box.current;
    if (el && follow) el.scrollTop = el.scrollHeight;
  }, [text, follow]);

  if (!reached) {
    return <Typography.Text type="secondary">{job.state === 'cancelled' ? t('computeJobs.logs.neverRan') : t('computeJobs.logs.notYet')}</Typography.Text>;
  }
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space size={8}>
          {!eof ? <Tag color="processing">{t('computeJobs.logs.live')}</Tag> : <Tag>{t('computeJobs.logs.complete')}</Tag>}
          {trimmed && <Typography.Text type="secondary">{t('computeJobs.logs.trimmed')}</Typography.Text>}
        </Space>
        {!eof && (
          <Button size="small" onClick={() => setFollow((f) => !f)} data-testid="cj-logs-follow">
            {follow ? t('computeJobs.logs.pause') : t('computeJobs.logs.follow')}
          </Button>
        )}
      </Flex>
      {error != null && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={errorText(error)} />}
      <pre
        ref={box}
        data-testid="cj-logs"
        aria-live="polite"
        onScroll={(e) => {
          const el = e.currentTarget;
          const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
          if (atEnd !== follow) setFollow(atEnd);
        }}
        style={{ background: '#141414', color: '#e8e8e8', padding: 12, borderRadius: 4, maxHeight: 420, minHeight: 120, overflow: 'auto', fontSize: 12, lineHeight: 1.5, margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      >
        {text || t('computeJobs.logs.empty')}
      </pre>
    </div>
  );
}

function Waiting({ job }: { job: ComputeJobDetail }) {
  const { t, dateTime, number } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="cj-waiting">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Statistic title={t('computeJobs.queue.position')} value={job.position ?? '—'} formatter={(v) => (typeof v === 'number' ? number(v) : String(v))} data-testid="cj-position" />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{t('computeJobs.queue.reason')}</Typography.Text>
          <div style={{ fontSize: 16, marginTop: 4 }}>
            <WaitReasonText reason={job.reason} testId="cj-reason" />
          </div>
          {job.reason && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              {t(`computeJobs.reasonHelp.${job.reason}`)}
            </Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">{t('computeJobs.queue.expectedStart')}</Typography.Text>
          <div style={{ fontSize: 16, marginTop: 4 }} data-testid="cj-expected">
            {job.expectedStartAt ? dateTime(job.expectedStartAt) : t('computeJobs.queue.noEstimate')}
          </div>
        </Col>
      </Row>
    </Card>
  );
}

function Charge({ job }: { job: ComputeJobDetail }) {
  const { t, number } = useI18n();
  const fen = useFen();
  const hours = useHours();
  const duration = useDuration();
  const voucherNote = useVoucherNote();
  const c = job.charge;
  const u = job.usage;
  const note = voucherNote(job.voucherNote);
  return (
    <div data-testid="cj-charge">
      {u && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('computeJobs.usage.elapsed')}>{duration(u.elapsedSeconds)}</Descriptions.Item>
          <Descriptions.Item label={t('computeJobs.usage.gpuHoursOf', { model: u.gpuModel ?? 'GPU' })}>
            <span data-testid="cj-gpu-hours">{hours(u.gpuSeconds / 3600)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('computeJobs.usage.cpuHours')}>{hours(u.cpuSeconds / 3600)}</Descriptions.Item>
        </Descriptions>
      )}
      {c ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('computeJobs.charge.total')} value={fen(c.totalFen)} data-testid="cj-charge-total" />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('computeJobs.charge.subsidy')} value={fen(c.subsidyFen)} styles={{ content: { color: SHARE_COLORS.subsidy } }} data-testid="cj-charge-subsidy" />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('computeJobs.charge.own')} value={fen(c.ownFen)} styles={{ content: { color: SHARE_COLORS.own } }} data-testid="cj-charge-own" />
              </Card>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            {t('computeJobs.charge.prices', {
              gpu: number(c.gpuHourFen / 100),
              cpu: number(c.cpuHourFen / 100),
              model: c.gpuModel ?? 'GPU',
            })}
            {job.maxCostFen !== null && (
              <>
                {' '}
                {t('computeJobs.charge.held')} <Money fen={job.maxCostFen} type="secondary" />
              </>
            )}
          </Typography.Paragraph>
          {note ? (
            <Alert type="info" showIcon style={{ marginTop: 12 }} title={note} data-testid="cj-voucher-note" />
          ) : c.subsidyFen > 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }} data-testid="cj-voucher-paid">
              {t('computeJobs.charge.voucherPaid')}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : job.meteredAt !== null || (job.dispatchedAt === null && job.startedAt === null) ? (
        <Typography.Text type="secondary" data-testid="cj-charge-none">
          {t('computeJobs.charge.none')}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" data-testid="cj-charge-pending">
          {t('computeJobs.charge.pending')}
        </Typography.Text>
      )}
    </div>
  );
}

/** Before the end: how long it has run and what is held for it. */
function NotYetCharged({ job }: { job: ComputeJobDetail }) {
  const { t } = useI18n();
  const duration = useDuration();
  if (!job.startedAt) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('computeJobs.charge.afterEnd')} />;
  return (
    <Space orientation="vertical" size={4} data-testid="cj-running-cost">
      <Typography.Text>{t('computeJobs.charge.runningFor', { d: duration((Date.now() - Date.parse(job.startedAt)) / 1000) })}</Typography.Text>
      {job.maxCostFen !== null && (
        <Typography.Text type="secondary">
          {t('computeJobs.charge.holding')} <Money fen={job.maxCostFen} type="secondary" />
        </Typography.Text>
      )}
    </Space>
  );
}

function Summary({ job }: { job: ComputeJobDetail }) {
  const { t, dateTime, pick } = useI18n();
  const resources = useResources();
  const limit = useLimit();
  const names = useNames();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="cj-summary">
      <Descriptions.Item label={t('computeJobs.col.project')}>{names.project(job.projectId, job.projectName)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.org')}>{pick(job.orgName, job.orgNameEn)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.resources')}>{resources(job)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.timeLimit')}>{limit(job.timeLimitMinutes)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.cluster')}>
        {job.clusterId ? (
          <Link to={`/compute/clusters/${encodeURIComponent(job.clusterId)}`}>
            {names.cluster(job.clusterId, job.clusterName)}
            {job.pool ? ` / ${job.pool}` : ''}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('computeJobs.job.notPlaced')}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.via')}>{t(`computeJobs.via.${job.submittedVia}`)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.submitted')}>{dateTime(job.submittedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.priority')}>
        {job.priority}
        {job.preemptible && <Tag style={{ marginLeft: 8 }}>{t('computeJobs.submit.preemptible')}</Tag>}
        {job.preemptCount > 0 && <Tag color="orange">{t('computeJobs.job.preempted', { n: job.preemptCount })}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.started')}>{dateTime(job.startedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('computeJobs.col.ended')}>{dateTime(job.endedAt)}</Descriptions.Item>
      <Descriptions.Item label={job.command !== null ? t('computeJobs.submit.command') : t('computeJobs.submit.image')} span={2}>
        <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="cj-command">
          {job.command ?? job.image}
        </Typography.Text>
      </Descriptions.Item>
      {job.envNames.length > 0 && (
        <Descriptions.Item label={t('computeJobs.submit.env')} span={2}>
          <Space wrap size={4}>
            {job.envNames.map((n) => (
              <Tag key={n}>{job.env && n in job.env ? `${n}=${job.env[n]}` : n}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      )}
      {(job.inputUri || job.outputUri) && (
        <Descriptions.Item label={t('computeJobs.submit.data')} span={2}>
          <Space orientation="vertical" size={0}>
            {job.inputUri && <span>{t('computeJobs.job.input', { uri: job.inputUri })}</span>}
            {job.outputUri && <span>{t('computeJobs.job.output', { uri: job.outputUri })}</span>}
          </Space>
        </Descriptions.Item>
      )}
      {job.arrayId && (
        <Descriptions.Item label={t('computeJobs.job.array')} span={2}>
          <Link to={`/compute/jobs?arrayId=${encodeURIComponent(job.arrayId)}`}>{t('computeJobs.job.arrayIndex', { index: job.arrayIndex ?? 0 })}</Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Outcome({ job }: { job: ComputeJobDetail }) {
  const { t } = useI18n();
  const said = useJobText();
  if (!isFinal(job.state)) return null;
  const message = said({ code: job.messageCode, params: job.messageParams, message: job.message });
  const ok = job.state === 'completed';
  const type = ok ? 'success' : job.state === 'cancelled' ? 'info' : 'error';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="cj-outcome"
      title={t(`computeJobs.outcome.${job.state as 'completed'}`)}
      description={
        <Space orientation="vertical" size={0}>
          {job.exitCode !== null && <span data-testid="cj-exit-code">{t('computeJobs.job.exitCode', { code: job.exitCode })}</span>}
          {message && <span data-testid="cj-outcome-message">{message}</span>}
        </Space>
      }
    />
  );
}

export default function JobPage() {
  const { id = '' } = useParams();
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const res = useAsync((signal) => api.job(id, signal), [id]);
  const job = res.data;
  const [endSeen, setEndSeen] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [pollError, setPollError] = useState<unknown>(null);

  const final = job ? isFinal(job.state) : false;
  useEffect(() => {
    if (final && endSeen === null) setEndSeen(Date.now());
  }, [final, endSeen]);
  // Until it ends, and after the end until its charge arrives (a job that never ran has none).
  const waitingForCharge = !!job && final && job.meteredAt === null && (job.startedAt !== null || job.dispatchedAt !== null);
  const active = !!job && (!final || (waitingForCharge && (endSeen === null || Date.now() - endSeen < METER_WAIT_MS)));
  usePoll(
    async () => {
      try {
        res.setData(await api.job(id));
        setPollError(null);
      } catch (e) {
        setPollError(e);
      }
    },
    2000,
    active,
  );

  if (res.error != null && !job) return <ErrorResult error={res.error} onRetry={res.reload} />;
  if (!job) return <LoadingBlock />;

  const doCancel = async () => {
    setCancelling(true);
    try {
      await api.cancel(job.id);
      void message.success(t('computeJobs.job.cancelAsked'));
      res.setData(await api.job(job.id));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setCancelling(false);
    }
  };

  const waiting = job.state === 'pending' || job.state === 'admitted';
  return (
    <div data-testid="cj-job-page" data-state={job.state}>
      <ComputeNav />
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/compute/jobs">{t('computeJobs.mine.title')}</Link> }, { title: job.name }]} />
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="cj-job-name">{job.name}</span>
            <JobStateTag state={job.state} testId="cj-state" />
            {job.cancelRequested && !final && <Tag color="orange">{t('computeJobs.job.cancelRequested')}</Tag>}
          </Space>
        }
        subtitle={<Typography.Text type="secondary" copyable={{ text: job.id }}>{job.id}</Typography.Text>}
        extra={
          job.canCancel &&
          !final &&
          !job.cancelRequested && (
            <Popconfirm title={t('computeJobs.job.cancelConfirm')} okText={t('computeJobs.job.cancel')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => void doCancel()}>
              <Button danger icon={<StopOutlined />} loading={cancelling} data-testid="cj-cancel">
                {t('computeJobs.job.cancel')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <ErrorAlert error={pollError} />
      <Outcome job={job} />
      {waiting && <Waiting job={job} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('computeJobs.job.logs')}
            </Typography.Title>
            <Logs job={job} />
          </div>
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('computeJobs.job.usageCharge')}
            </Typography.Title>
            {final || job.usage || job.charge ? <Charge job={job} /> : <NotYetCharged job={job} />}
          </div>
          <div className="pj-panel">
            <Summary job={job} />
          </div>
        </Col>
        <Col xs={24} lg={8}>
          <div className="pj-panel">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('computeJobs.job.timeline')}
            </Typography.Title>
            <StateTimeline job={job} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
