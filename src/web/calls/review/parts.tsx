// Small pieces of the review screens: grade and state tags, conflict reasons, the grade picker.
import { Radio, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { ReviewItem } from './api.ts';

export const GRADES = [1, 2, 3, 4, 5] as const;
export type Grade = (typeof GRADES)[number];
export type ConflictReason = 'proposer' | 'same_organization' | 'recent_coauthor' | 'declared';

const GRADE_COLORS: Record<Grade, string> = { 1: 'green', 2: 'cyan', 3: 'blue', 4: 'orange', 5: 'red' };
const STATE_COLORS: Record<ReviewItem['state'], string> = { to_do: 'gold', draft: 'blue', submitted: 'green', declined: 'default', closed: 'default' };

/** One reviewer's grade with its label on hover. */
export function GradeTag({ grade }: { grade: number }) {
  const { t } = useI18n();
  const g = Math.min(5, Math.max(1, Math.round(grade))) as Grade;
  return (
    <Tooltip title={t(`review.grade.${g}`)}>
      <Tag color={GRADE_COLORS[g]}>{grade}</Tag>
    </Tooltip>
  );
}

/** A mean grade (two decimals) with the number of reviews, or a dash. */
export function MeanGrade({ mean, count }: { mean: number | null; count: number }) {
  const { t } = useI18n();
  if (mean === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text strong>{mean.toFixed(2)}</Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('review.panel.gradeCount', { n: count })}
      </Typography.Text>
    </span>
  );
}

export function ReviewStateTag({ state }: { state: ReviewItem['state'] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={`review-state-${state}`}>
      {t(`review.state.${state}`)}
    </Tag>
  );
}

/** The reasons of a conflict, in words. */
export function useConflictText(): (reasons: readonly string[]) => string {
  const { t, locale } = useI18n();
  return (reasons) =>
    reasons
      .filter((r): r is ConflictReason => ['proposer', 'same_organization', 'recent_coauthor', 'declared'].includes(r))
      .map((r) => t(`review.conflict.${r}`))
      .join(locale === 'zh-CN' ? '、' : ', ');
}

/** Grades 1 (best) … 5 as buttons with their labels. */
export function GradePicker({ value, onChange, disabled }: { value: number | null; onChange: (g: number) => void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <Radio.Group
      value={value ?? undefined}
      onChange={(e) => onChange(e.target.value as number)}
      disabled={disabled}
      optionType="button"
      buttonStyle="solid"
      aria-label={t('review.grade')}
      data-testid="review-grade"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
      options={GRADES.map((g) => ({ value: g, label: <span data-testid={`review-grade-${g}`}>{t(`review.grade.${g}`)}</span> }))}
    />
  );
}
