// Earlier proposals of the team with their end-of-experiment reports and publications, shown to
// reviewers and staff beside the next proposal (rendered by the proposal part of the user office).
import { Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { PriorProposal } from './api.ts';
import { ExperimentStatusTag, OutcomeList } from './parts.tsx';

function Proposal({ p }: { p: PriorProposal }) {
  const { t, pick, date } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {p.experiments.length === 0 ? (
        <Typography.Text type="secondary">{t('experiments.prior.noExperiments')}</Typography.Text>
      ) : (
        p.experiments.map((e) => (
          <div key={e.id} data-testid={`prior-experiment-${e.id}`}>
            <Space wrap size={[8, 0]}>
              <Typography.Text strong>{e.stationCode}</Typography.Text>
              <Typography.Text type="secondary">{pick(e.stationName, e.stationNameEn)}</Typography.Text>
              <span>
                {date(e.scheduledStart)} – {date(e.scheduledEnd)}
              </span>
              <ExperimentStatusTag status={e.status} />
            </Space>
            {e.report ? (
              <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: '…' }} style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0', paddingLeft: 12, borderLeft: '3px solid #f0f0f0' }}>
                {e.report}
              </Typography.Paragraph>
            ) : (
              e.status === 'finished' && (
                <Typography.Text type="secondary" style={{ display: 'block', paddingLeft: 12 }}>
                  {t('experiments.prior.noReport')}
                </Typography.Text>
              )
            )}
          </div>
        ))
      )}
      {p.outcomes.length > 0 && <OutcomeList outcomes={p.outcomes} />}
    </Space>
  );
}

/** The prior work of a proposal: a compact list of earlier proposals with reports and publications. */
export default function PriorWork({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useAsync((signal) => api.priorWork(applicationId, signal), [applicationId]);
  return (
    <section data-testid="prior-work">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('experiments.prior.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('experiments.prior.intro')}
      </Typography.Paragraph>
      {loading && !data ? (
        <LoadingBlock rows={2} />
      ) : error != null ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : !data || data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('experiments.prior.empty')} />
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={data.slice(0, 1).map((p) => p.id)}
          items={data.map((p) => ({
            key: p.id,
            label: (
              <Space wrap size={[8, 0]}>
                {p.number && <Typography.Text code>{p.number}</Typography.Text>}
                <Typography.Text strong>{p.title}</Typography.Text>
                {p.cycleCode && <Typography.Text type="secondary">{p.cycleCode}</Typography.Text>}
                {p.linked && <Tag color="blue">{t('experiments.prior.linked')}</Tag>}
                {p.outcomes.filter((o) => o.kind === 'publication').length > 0 && (
                  <Tag color="geekblue">
                    {t('experiments.outcomes.publication')} {p.outcomes.filter((o) => o.kind === 'publication').length}
                  </Tag>
                )}
              </Space>
            ),
            children: <Proposal p={p} />,
          }))}
          data-testid="prior-work-list"
        />
      )}
    </section>
  );
}
