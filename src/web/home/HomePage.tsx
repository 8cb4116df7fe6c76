// The center at a glance: what Pujiang is, the large facilities, organizations by kind, the desks.
import { Card, Col, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { ApartmentOutlined, ExperimentOutlined, RightOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ORG_KINDS, type Desk } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { FacilitySummary } from '../api/types.ts';
import { useAsync } from '../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { FacilityStatusTag, FigureList } from '../facilities/facilityParts.tsx';
import { useI18n } from '../i18n/index.tsx';

// Statistics on the dark hero band.
const HERO_STAT = { title: { color: 'rgba(255,255,255,0.8)' }, content: { color: '#fff' } };

// Desks whose screens exist link to them; the rest are described only.
const DESK_LINKS: Partial<Record<Desk, string>> = { identity: '/orgs', calls: '/calls', ledger: '/ledger', compute: '/compute' };

function FacilityCard({ f }: { f: FacilitySummary }) {
  const { t, pick, number } = useI18n();
  return (
    <Link to={`/facilities/${encodeURIComponent(f.id)}`} className="pj-card-link" data-testid={`facility-card-${f.code}`}>
      <Card hoverable style={{ height: '100%' }}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {pick(f.name, f.nameEn)}
          </Typography.Title>
          <FacilityStatusTag status={f.status} />
        </Flex>
        <Space size={4} style={{ margin: '8px 0 12px' }} wrap>
          <Tag>{f.code}</Tag>
          <Tag color="blue">{t(`facilityKind.${f.kind}`)}</Tag>
        </Space>
        <Row gutter={16}>
          <Col span={12}>
            <Statistic title={t('home.instruments')} value={number(f.instrumentCount)} />
          </Col>
          <Col span={12}>
            <Statistic title={t('home.stations')} value={number(f.stationCount)} />
          </Col>
        </Row>
        <FigureList figures={f.figures} compact />
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
          {t('home.viewFacility')} <RightOutlined />
        </Typography.Text>
      </Card>
    </Link>
  );
}

export default function HomePage() {
  const { t, number } = useI18n();
  const { data, error, loading, reload } = useAsync((signal) => api.center(signal), []);

  const orgTotal = data?.organizations.total ?? 0;
  // Every kind in the shared order, the empty ones too: a zero is a fact about the center.
  const orgCounts = data ? ORG_KINDS.map((kind) => ({ kind, count: data.organizations.byKind[kind] })) : [];
  const desks: Desk[] = data ? data.desks.filter((d) => d.built).map((d) => d.id) : [];
  const stationTotal = data?.facilities.reduce((s, f) => s + f.stationCount, 0) ?? 0;

  return (
    <div data-testid="home">
      <section className="pj-hero" aria-labelledby="hero-title">
        <Typography.Title level={1} id="hero-title" style={{ marginTop: 0 }}>
          {t('home.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16, maxWidth: 820 }} data-testid="hero-line">
          {t('home.heroBody')}
        </Typography.Paragraph>
        {data && (
          <Row gutter={[24, 16]} style={{ marginTop: 24 }}>
            <Col xs={12} md={6}>
              <Statistic styles={HERO_STAT} title={t('home.stats.facilities')} value={number(data.facilities.length)} prefix={<ExperimentOutlined />} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic styles={HERO_STAT} title={t('home.stats.stations')} value={number(stationTotal)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic styles={HERO_STAT} title={t('home.stats.orgs')} value={number(orgTotal)} prefix={<ApartmentOutlined />} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic styles={HERO_STAT} title={t('home.stats.people')} value={number(data.people)} prefix={<UserOutlined />} />
            </Col>
          </Row>
        )}
      </section>

      {loading && !data && <LoadingBlock rows={8} />}
      {error != null && !data && <ErrorResult error={error} onRetry={reload} />}

      {data && (
        <Space orientation="vertical" size={32} style={{ width: '100%' }}>
          <section aria-labelledby="facilities-title">
            <Typography.Title level={3} id="facilities-title">
              {t('home.facilitiesTitle')}
            </Typography.Title>
            {data.facilities.length === 0 ? (
              <div className="pj-panel">
                <EmptyState description={t('home.noFacilities')} />
              </div>
            ) : (
              <Row gutter={[16, 16]}>
                {data.facilities.map((f) => (
                  <Col key={f.id} xs={24} md={12} lg={8}>
                    <FacilityCard f={f} />
                  </Col>
                ))}
              </Row>
            )}
          </section>

          <section aria-labelledby="orgs-title">
            <Flex justify="space-between" align="baseline" wrap>
              <Typography.Title level={3} id="orgs-title">
                {t('home.orgsTitle')}
              </Typography.Title>
              <Link to="/orgs">
                {t('home.orgsBrowseAll')} <RightOutlined />
              </Link>
            </Flex>
            {orgTotal === 0 ? (
              <div className="pj-panel">
                <EmptyState description={t('home.noOrgs')} />
              </div>
            ) : (
              <Row gutter={[16, 16]}>
                {orgCounts.map((c) => (
                  <Col key={c.kind} xs={12} md={8} lg={6}>
                    <Link to={`/orgs?kind=${c.kind}`} className="pj-card-link" data-testid={`org-kind-${c.kind}`}>
                      <Card hoverable size="small">
                        <Statistic title={t(`orgKind.${c.kind}`)} value={number(c.count)} />
                      </Card>
                    </Link>
                  </Col>
                ))}
              </Row>
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              <TeamOutlined /> {t('home.teamsLine', { teams: number(data.teams), people: number(data.people) })}
            </Typography.Paragraph>
          </section>

          <section aria-labelledby="desks-title">
            <Typography.Title level={3} id="desks-title">
              {t('home.desksTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('home.desksBody')}</Typography.Paragraph>
            {desks.length === 0 ? (
              <div className="pj-panel">
                <EmptyState description={t('home.noDesks')} />
              </div>
            ) : (
              <Row gutter={[16, 16]}>
                {desks.map((d) => {
                  const link = DESK_LINKS[d];
                  const card = (
                    <Card hoverable={!!link} size="small" title={t(`desk.${d}.name`)} style={{ height: '100%' }} data-testid={`desk-${d}`}>
                      <Typography.Paragraph style={{ margin: 0 }}>{t(`desk.${d}.body`)}</Typography.Paragraph>
                    </Card>
                  );
                  return (
                    <Col key={d} xs={24} md={12} lg={8}>
                      {link ? (
                        <Link to={link} className="pj-card-link">
                          {card}
                        </Link>
                      ) : (
                        card
                      )}
                    </Col>
                  );
                })}
              </Row>
            )}
          </section>
        </Space>
      )}
    </div>
  );
}
