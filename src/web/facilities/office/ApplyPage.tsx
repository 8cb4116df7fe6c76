// "Apply for beamtime": the facility's calls by access route, with their cycles and deadlines;
// each leads to the call's page, where the proposal is started.
import { Badge, Card, Col, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../../ledger/money.ts';
import * as api from './api.ts';
import type { AccessRoute, FacilityCall } from './api.ts';
import { RouteTag } from './parts.tsx';

const ROUTE_ORDER: AccessRoute[] = ['general', 'rapid', 'long_term', 'block', 'mail_in', 'proprietary', 'in_house'];

/** An instant as wall-clock time in the call's zone (the deadline is announced there, to the second). */
function inZone(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export default function ApplyPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const state = useAsync(async (signal) => {
    const [facility, calls] = await Promise.all([api.facility(id, signal), api.facilityCalls(id, signal)]);
    return { facility, calls: calls.items };
  }, [id]);
  if (state.loading && !state.data) return <LoadingBlock />;
  if (!state.data) return <ErrorResult error={state.error} onRetry={state.reload} />;
  const { facility, calls } = state.data;
  const routes = ROUTE_ORDER.filter((r) => calls.some((c) => c.route === r));

  const columns: TableColumnsType<FacilityCall> = [
    {
      title: t('office.apply.call'),
      key: 'call',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/calls/${encodeURIComponent(c.id)}`} data-testid={`apply-call-${c.code}`}>
            {pick(c.title, c.titleEn)}
          </Link>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {c.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('office.apply.cycle'), key: 'cycle', width: 220, render: (_, c) => pick(c.cycle.name, c.cycle.nameEn) },
    {
      title: t('office.apply.deadline'),
      key: 'deadline',
      width: 220,
      render: (_, c) =>
        c.closesAt ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {inZone(c.closesAt, c.timeZone, locale)} <Typography.Text type="secondary">({c.timeZone})</Typography.Text>
          </span>
        ) : (
          t('office.apply.continuous')
        ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 170,
      render: (_, c) => <Badge status={c.accepting ? 'success' : 'default'} text={c.accepting ? t('office.apply.accepting') : t('office.apply.closed')} />,
    },
  ];

  return (
    <div data-testid="apply-page">
      <PageHeader title={`${t('office.apply.title')} · ${pick(facility.name, facility.nameEn)}`} subtitle={t('office.apply.intro')} />
      {routes.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('office.apply.empty')} />
        </div>
      ) : (
        <Row gutter={[16, 16]}>
          {routes.map((route) => {
            const items = calls.filter((c) => c.route === route);
            const price = items.find((c) => c.pricePerShiftFen)?.pricePerShiftFen;
            return (
              <Col span={24} key={route}>
                <Card
                  title={<RouteTag route={route} />}
                  extra={price ? <Typography.Text type="secondary">{t('office.apply.price', { price: formatFen(price, locale) })}</Typography.Text> : undefined}
                  data-testid={`apply-route-${route}`}
                >
                  <Typography.Paragraph type="secondary">{t(`office.routeHelp.${route}`)}</Typography.Paragraph>
                  <Table<FacilityCall> rowKey="id" size="small" columns={columns} dataSource={items} pagination={false} scroll={{ x: 760 }} />
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
    </div>
  );
}
