// One review: the application on the left (its text, the questionnaire read-only, the desk's own
// part as a reviewer sees it), the reviewer's grade and comments on the right; save a draft,
// submit (then read-only), decline, or declare a conflict of interest.
import { Suspense, useEffect, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Flex, Form, Input, Popconfirm, Result, Row, Space, Tag, Typography, type ButtonProps } from 'antd';
import { StopOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DESK_PARTS } from '../deskParts.tsx';
import Questionnaire from '../Questionnaire.tsx';
import * as api from './api.ts';
import type { ReviewDetail } from './api.ts';
import { GradePicker, ReviewStateTag, useConflictText } from './parts.tsx';

function ReasonModal({
  open,
  title,
  body,
  label,
  required,
  submitLabel,
  testId,
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: string;
  body?: string;
  label: string;
  required: boolean;
  submitLabel: string;
  testId: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { reason?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(v.reason?.trim() ?? '');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={title} onClose={onClose}>
      {body && <Typography.Paragraph>{body}</Typography.Paragraph>}
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v: { reason?: string }) => void submit(v)} requiredMark={false} data-testid={`${testId}-form`}>
        <Form.Item name="reason" label={label} rules={[{ required, whitespace: true, max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid={`${testId}-reason`} />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={submitLabel} testId={`${testId}-submit`} danger />
      </Form>
    </FormModal>
  );
}

function ApplicationSide({ d }: { d: ReviewDetail }) {
  const { t, pick, dateTime } = useI18n();
  const a = d.application;
  const Part = DESK_PARTS[d.review.desk];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('review.page.application')} size="small" data-testid="review-application">
        <Descriptions column={1} size="small" styles={{ label: { width: 130 } }}>
          <Descriptions.Item label={t('review.page.pi')}>{a.piName}</Descriptions.Item>
          <Descriptions.Item label={t('review.page.org')}>{a.orgName ? pick(a.orgName, a.orgNameEn) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('review.page.submittedAt')}>{dateTime(a.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('review.page.keywords')}>
            {a.keywords.length ? a.keywords.map((k) => <Tag key={k}>{k}</Tag>) : '—'}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {t('review.page.abstract')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="review-abstract">
          {a.abstract || '—'}
        </Typography.Paragraph>
      </Card>
      <Card title={t('review.page.questions')} size="small">
        <Questionnaire questions={d.form.questions} value={a.answers} readOnly />
      </Card>
      {Part && (
        <Card title={t('review.page.deskPart')} size="small">
          <Suspense fallback={<LoadingBlock rows={2} />}>
            <Part applicationId={a.id} editable={false} viewer="reviewer" />
          </Suspense>
        </Card>
      )}
    </Space>
  );
}

function ReviewForm({ d, onChanged }: { d: ReviewDetail; onChanged: (d: ReviewDetail) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const r = d.review;
  const [grade, setGrade] = useState<number | null>(r.grade);
  const [comments, setComments] = useState(r.comments ?? '');
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'decline' | 'declare' | null>(null);
  useEffect(() => {
    setGrade(r.grade);
    setComments(r.comments ?? '');
  }, [r.grade, r.comments]);

  const save = async (submit: boolean) => {
    setBusy(submit ? 'submit' : 'save');
    setError(null);
    try {
      const next = await api.saveReview(r.id, { grade, comments: comments.trim() ? comments : null, ...(submit ? { submit: true } : {}) });
      void message.success(t(submit ? 'review.page.submitted' : 'review.page.saved'));
      onChanged(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={t('review.page.yourReview')}
      extra={<ReviewStateTag state={r.state} />}
      size="small"
      style={{ position: 'sticky', top: 16 }}
      data-testid="review-form"
    >
      <ErrorAlert error={error} />
      {!r.editable && <Alert type="info" showIcon title={t('review.page.readOnly')} style={{ marginBottom: 12 }} />}
      <Typography.Text strong>{t('review.grade')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        {t('review.grade.hint')}
      </Typography.Text>
      <div style={{ margin: '8px 0 16px' }}>
        <GradePicker value={grade} onChange={setGrade} disabled={!r.editable} />
      </div>
      <label htmlFor="review-comments" style={{ fontWeight: 600, display: 'block' }}>
        {t('review.page.comments')}
      </label>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('review.page.commentsHint')}
      </Typography.Text>
      <Input.TextArea
        id="review-comments"
        value={comments}
        onChange={(e) => setComments(e.target.value)}
        readOnly={!r.editable}
        autoSize={{ minRows: 8, maxRows: 20 }}
        maxLength={20_000}
        showCount
        style={{ marginTop: 6 }}
        data-testid="review-comments"
      />
      {r.editable && (
        <Flex wrap gap={8} style={{ marginTop: 24 }} justify="space-between">
          <Space wrap>
            <Button onClick={() => void save(false)} loading={busy === 'save'} disabled={busy !== null} data-testid="review-save">
              {t('review.page.saveDraft')}
            </Button>
            <Popconfirm title={t('review.page.submitConfirm')} onConfirm={() => void save(true)} disabled={grade === null} okButtonProps={{ 'data-testid': 'review-submit-confirm' } as ButtonProps}>
              <Button type="primary" loading={busy === 'submit'} disabled={busy !== null || grade === null} title={grade === null ? t('review.page.needGrade') : undefined} data-testid="review-submit">
                {t('review.page.submit')}
              </Button>
            </Popconfirm>
          </Space>
          <Button type="link" danger onClick={() => setDialog('decline')} data-testid="review-decline">
            {t('review.page.decline')}
          </Button>
        </Flex>
      )}
      {r.status !== 'declined' && (
        <Button type="link" icon={<WarningOutlined />} danger onClick={() => setDialog('declare')} style={{ paddingLeft: 0, marginTop: 8 }} data-testid="review-declare">
          {t('review.page.declare')}
        </Button>
      )}
      <ReasonModal
        open={dialog === 'decline'}
        title={t('review.page.declineTitle')}
        label={t('review.page.declineReason')}
        required={false}
        submitLabel={t('review.page.decline')}
        testId="decline"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const next = await api.declineReview(r.id, reason || undefined);
          setDialog(null);
          void message.success(t('review.page.declined'));
          onChanged(next);
        }}
      />
      <ReasonModal
        open={dialog === 'declare'}
        title={t('review.page.declareTitle')}
        body={t('review.page.declareBody')}
        label={t('review.page.declareReason')}
        required
        submitLabel={t('review.page.declare')}
        testId="declare"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          await api.declareConflict(d.application.id, reason);
          setDialog(null);
          void message.success(t('review.page.declared'));
          navigate('/reviews');
        }}
      />
    </Card>
  );
}

export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const conflictText = useConflictText();
  const detail = useAsync((signal) => api.review(id, signal), [id]);
  const crumbs = (title?: string) => (
    <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/reviews">{t('review.page.back')}</Link> }, ...(title ? [{ title }] : [])]} />
  );

  if (detail.loading && !detail.data) return <LoadingBlock />;
  if (detail.error != null) {
    if (isApiError(detail.error, 'conflict_of_interest')) {
      const reasons = (detail.error.problem.details?.reasons as string[] | undefined) ?? [];
      return (
        <div data-testid="review-conflict">
          {crumbs()}
          <Result
            status="warning"
            icon={<StopOutlined />}
            title={t('review.page.conflictTitle')}
            subTitle={t('review.page.conflictBody', { reasons: conflictText(reasons) })}
            extra={<Link to="/reviews">{t('review.page.back')}</Link>}
          />
        </div>
      );
    }
    return <ErrorResult error={detail.error} onRetry={detail.reload} />;
  }
  const d = detail.data!;
  return (
    <div data-testid="review-page">
      {crumbs(d.application.number ?? d.application.title)}
      <PageHeader
        title={d.application.title || '—'}
        subtitle={
          <Space wrap size={4}>
            {d.application.number && <Typography.Text code>{d.application.number}</Typography.Text>}
            <span>{pick(d.review.callTitle, d.review.callTitleEn)}</span>
          </Space>
        }
      />
      <Row gutter={[20, 20]} align="top">
        <Col xs={24} lg={15}>
          <ApplicationSide d={d} />
        </Col>
        <Col xs={24} lg={9}>
          <ReviewForm d={d} onChanged={(next) => detail.setData(next)} />
        </Col>
      </Row>
    </div>
  );
}
