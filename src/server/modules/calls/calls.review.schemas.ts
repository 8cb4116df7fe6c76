// Request and response shapes of review in the calls engine: panels, assignments, conflicts,
// reviews and grades, decisions.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { APPLICATION_STATUSES, DECISION_OUTCOMES, QUESTION_TYPES, REVIEW_STATUSES } from './calls.types.ts';
import { CONFLICT_REASONS } from './calls.coi.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });
const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Keyword = z.string().trim().min(1).max(100);

// ── panels ────────────────────────────────────────────────────────────────────────────────

export const PanelQuery = z.object({ ownerOrgId: Id.optional(), scopeRef: z.string().max(200).optional() }).strict();

export const PanelCreateBody = z
  .object({
    ownerOrgId: Id,
    name: Text(200),
    nameEn: Text(200),
    scopeRef: z.string().trim().min(1).max(200).nullable().optional(),
    areas: z.array(Keyword).max(50).optional(),
  })
  .strict();

export const PanelMembersBody = z
  .object({
    members: z
      .array(
        z
          .object({
            personId: Id.optional(),
            email: z.email().max(254).optional().openapi({ description: 'Instead of personId: the e-mail of a person with an account' }),
            role: z.enum(['chair', 'reviewer']),
            expertise: z.array(Keyword).max(30).default([]),
          })
          .strict()
          .refine((m) => (m.personId === undefined) !== (m.email === undefined), 'give personId or email, not both'),
      )
      .max(100),
  })
  .strict();

export const PanelAttachBody = z.object({ applicationIds: z.array(Id).min(1).max(500) }).strict();

export const Panel = z
  .object({
    id: z.string(),
    ownerOrgId: z.string(),
    ownerOrgName: z.string(),
    ownerOrgNameEn: z.string().nullable(),
    scopeRef: z.string().nullable(),
    name: z.string(),
    nameEn: z.string(),
    areas: z.array(z.string()),
    memberCount: z.number().int(),
    applicationCount: z.number().int(),
    myRole: z.enum(['chair', 'reviewer']).nullable().openapi({ description: "The caller's seat on the panel" }),
    canManage: z.boolean().openapi({ description: 'The caller runs the calls of the owner organization' }),
    createdAt: z.string(),
  })
  .openapi('Panel');

export const PanelList = z
  .object({
    items: z.array(Panel),
    staffOrgs: z
      .array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }))
      .openapi({ description: 'Organizations whose panels the caller may create' }),
  })
  .openapi('PanelList');

export const PanelMember = z
  .object({
    personId: z.string(),
    name: z.string(),
    email: z.string().nullable().openapi({ description: 'Shown to the staff only' }),
    role: z.enum(['chair', 'reviewer']),
    expertise: z.array(z.string()),
    load: z.number().int().openapi({ description: 'Live assignments on the applications of this panel' }),
  })
  .openapi('PanelMember');

export const PanelApplication = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    callId: z.string(),
    keywords: z.array(z.string()),
    conflicted: z.boolean().openapi({ description: 'The caller has a conflict with it: its grades are hidden' }),
    grade: z.number().nullable(),
    gradeCount: z.number().int(),
  })
  .openapi('PanelApplication');

export const PanelDetail = Panel.extend({ members: z.array(PanelMember), applications: z.array(PanelApplication) }).openapi('PanelDetail');

export const AttachResult = z.object({ attached: z.number().int() }).openapi('PanelAttachResult');

// ── assignments ───────────────────────────────────────────────────────────────────────────

export const AssignBody = z
  .object({ items: z.array(z.object({ applicationId: Id, reviewerId: Id }).strict()).min(1).max(500) })
  .strict();

export const Assignment = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    reviewerId: z.string(),
    reviewerName: z.string(),
    stage: z.string(),
    status: z.enum(REVIEW_STATUSES),
    grade: z.number().int().nullable(),
    comments: z.string().nullable(),
    assignedAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .openapi('ReviewAssignment');

export const AssignResult = z
  .object({
    items: z.array(z.object({ applicationId: z.string(), reviewerId: z.string(), assignmentId: z.string(), created: z.boolean() })),
  })
  .openapi('AssignResult');

export const AutoAssignResult = z
  .object({
    assigned: z.array(z.object({ applicationId: z.string(), reviewerId: z.string(), assignmentId: z.string() })),
    unfilled: z.array(
      z.object({
        applicationId: z.string(),
        number: z.string().nullable(),
        missing: z.number().int(),
        reason: z.enum(['no_panel', 'not_enough_reviewers']),
      }),
    ),
    reviewersPerApplication: z.number().int(),
  })
  .openapi('AutoAssignResult');

export const ConflictReasonEnum = z.enum(CONFLICT_REASONS);

export const Board = z
  .object({
    call: z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      desk: z.string(),
      ownerOrgId: z.string(),
      awardUnit: z.string(),
      panelStage: z.string().nullable(),
      reviewersPerApplication: z.number().int(),
    }),
    applications: z.array(
      z.object({
        id: z.string(),
        number: z.string().nullable(),
        title: z.string(),
        status: z.enum(APPLICATION_STATUSES),
        panelId: z.string().nullable(),
        keywords: z.array(z.string()),
        piName: z.string(),
        grade: z.number().nullable(),
        gradeCount: z.number().int(),
        assignments: z.array(Assignment),
        decision: z.object({ outcome: z.enum(DECISION_OUTCOMES), decidedAt: z.string() }).nullable(),
      }),
    ),
    panels: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string(), members: z.array(PanelMember) })),
    conflicts: z
      .array(z.object({ applicationId: z.string(), personId: z.string(), reasons: z.array(ConflictReasonEnum) }))
      .openapi({ description: "Conflicts between each application and the members of its panel" }),
  })
  .openapi('ReviewBoard');

// ── reviews ───────────────────────────────────────────────────────────────────────────────

export const MineQuery = z.object({ ...pageQuery }).strict();

export const ReviewItem = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    applicationStatus: z.enum(APPLICATION_STATUSES),
    callId: z.string(),
    callTitle: z.string(),
    callTitleEn: z.string(),
    desk: z.string(),
    stage: z.string(),
    status: z.enum(REVIEW_STATUSES),
    state: z.enum(['to_do', 'draft', 'submitted', 'declined', 'closed']).openapi({
      description: "to_do: nothing saved; draft: saved, not submitted; closed: the application was decided or withdrawn before the review was submitted",
    }),
    grade: z.number().int().nullable(),
    assignedAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .openapi('ReviewItem');

export const ReviewPage = z
  .object({ items: z.array(ReviewItem), nextCursor: z.string().nullable(), total: z.number().int(), totalCapped: z.boolean() })
  .openapi('ReviewPage');

const Question = z
  .object({
    key: z.string(),
    type: z.enum(QUESTION_TYPES),
    label: z.string(),
    labelEn: z.string(),
    help: z.string().optional(),
    helpEn: z.string().optional(),
    required: z.boolean().optional(),
    options: z.array(z.object({ value: z.string(), label: z.string(), labelEn: z.string() })).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().optional(),
    when: z.object({ key: z.string(), equals: z.union([z.string(), z.number(), z.boolean()]) }).optional(),
  })
  .openapi('ReviewFormQuestion');

export const ReviewDetail = z
  .object({
    review: ReviewItem.extend({ comments: z.string().nullable(), editable: z.boolean() }),
    application: z.object({
      id: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      abstract: z.string(),
      keywords: z.array(z.string()),
      answers: z.record(z.string(), z.unknown()),
      status: z.enum(APPLICATION_STATUSES),
      piName: z.string(),
      orgName: z.string().nullable(),
      orgNameEn: z.string().nullable(),
      submittedAt: z.string().nullable(),
    }),
    form: z.object({ id: z.string(), title: z.string(), titleEn: z.string(), questions: z.array(Question) }),
  })
  .openapi('ReviewDetail');

export const ReviewSaveBody = z
  .object({
    grade: z.number().int().min(1).max(5).nullable().optional().openapi({ description: '1 (outstanding) … 5 (poor)' }),
    comments: z.string().max(20_000).nullable().optional(),
    submit: z.boolean().optional().openapi({ description: 'Finalize: the review becomes read-only; needs a grade' }),
  })
  .strict();

export const DeclineBody = z.object({ reason: z.string().trim().max(2000).optional() }).strict();

// ── conflicts, grades, decisions ──────────────────────────────────────────────────────────

export const DeclareBody = z.object({ reason: Text(2000) }).strict();

export const Declaration = z
  .object({
    applicationId: z.string(),
    personId: z.string(),
    reason: z.string(),
    created: z.boolean().openapi({ description: 'False when a conflict had been declared already' }),
    withdrawn: z.number().int().openapi({ description: 'Assignments withdrawn by the declaration' }),
  })
  .openapi('ConflictDeclaration');

export const ApplicationReviews = z
  .object({
    applicationId: z.string(),
    grade: z.number().nullable().openapi({ description: 'Mean of the submitted grades' }),
    count: z.number().int(),
    grades: z.array(z.number().int()),
    reviews: z.array(Assignment),
  })
  .openapi('ApplicationReviews');

export const DecisionBody = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    award: z
      .record(z.string().max(100), z.unknown())
      .default({})
      .refine((a) => JSON.stringify(a).length <= 20_000, 'award is too large')
      .openapi({ description: "What is awarded, in the desk's format (facilities: { shifts: { [stationId]: number } })" }),
    note: z.string().trim().max(5000).optional(),
  })
  .strict();

export const Decision = z
  .object({
    applicationId: z.string(),
    outcome: z.enum(DECISION_OUTCOMES),
    award: z.record(z.string(), z.unknown()),
    note: z.string().nullable(),
    decidedBy: z.string(),
    decidedAt: z.string(),
    letterId: z.string().nullable(),
  })
  .openapi('Decision');
