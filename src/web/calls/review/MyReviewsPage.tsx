// The reviewer's assignments: what to review, in which call, and where each review stands.
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { ReviewItem } from './api.ts';
import { GradeTag, ReviewStateTag } from './parts.tsx';

export default function MyReviewsPage() {
  const { t, pick, dateTime } = useI18n();
  const list = usePaged((cursor, signal) => api.myReviews(cursor, signal), []);

  const columns: TableColumnsType<ReviewItem> = [
    {
      title: t('review.mine.application'),
      key: 'application',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/reviews/${encodeURIComponent(r.id)}`} data-testid={`review-link-${r.id}`}>
            {r.title || '—'}
          </Link>
          {r.number && (
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {r.number}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('review.mine.call'), key: 'call', render: (_, r) => pick(r.callTitle, r.callTitleEn) },
    { title: t('common.status'), key: 'state', width: 110, render: (_, r) => <ReviewStateTag state={r.state} /> },
    { title: t('review.grade'), key: 'grade', width: 90, render: (_, r) => (r.grade !== null ? <GradeTag grade={r.grade} /> : '—') },
    { title: t('review.mine.assignedAt'), key: 'assignedAt', width: 160, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(r.assignedAt)}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.state === 'to_do' || r.state === 'draft' ? (
          <Link to={`/reviews/${encodeURIComponent(r.id)}`}>
            <Button size="small" type="primary" data-testid={`review-open-${r.id}`}>
              {t('review.mine.open')}
            </Button>
          </Link>
        ) : null,
    },
  ];

  return (
    <div data-testid="my-reviews-page">
      <PageHeader title={t('review.mine.title')} subtitle={t('review.mine.intro')} />
      <div className="pj-panel">
        <ListStates list={list}>
          <Table<ReviewItem>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState description={t('review.mine.empty')} /> }}
            data-testid="my-reviews-table"
          />
          <LoadMore list={list} testId="my-reviews-more" />
        </ListStates>
      </div>
    </div>
  );
}
