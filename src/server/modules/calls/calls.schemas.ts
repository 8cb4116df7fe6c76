// Request and response shapes of the calls engine: form templates, calls, applications.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { APPLICATION_STATUSES, CALL_MODES, CALL_STATUSES, MEMBER_STATUSES, QUESTION_TYPES, STAGE_KINDS } from './calls.types.ts';
import { ORG_KINDS } from '../../../shared/enums.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });
const Text = (max: number) => z.string().trim().min(1).max(max);
const Instant = z.iso.datetime({ offset: true }).openapi({ description: 'An instant, ISO 8601 with offset' });
const Key = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/).openapi({ description: 'Lower-case key: letters, digits, _ and -' });
export const Orcid = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/)
  .openapi({ description: 'ORCID iD, e.g. 0000-0002-1825-0097', example: '0000-0002-1825-0097' });

// ── form templates ────────────────────────────────────────────────────────────────────────

const Option = z.object({ value: Text(100), label: Text(200), labelEn: Text(200) }).strict();

export const FormQuestion = z
  .object({
    key: Key,
    type: z.enum(QUESTION_TYPES),
    label: Text(500),
    labelEn: Text(500),
    help: z.string().max(2000).optional(),
    helpEn: z.string().max(2000).optional(),
    required: z.boolean().optional(),
    options: z.array(Option).max(100).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    maxLength: z.number().int().min(1).max(100_000).optional(),
    when: z.object({ key: Key, equals: z.union([z.string().max(100), z.number().finite(), z.boolean()]) }).strict().optional(),
  })
  .strict()
  .openapi('FormQuestion');

export const FormTemplate = z
  .object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    title: z.string(),
    titleEn: z.string(),
    questions: z.array(FormQuestion),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('FormTemplate');

export const FormTemplateBody = z
  .object({ key: Key, title: Text(200), titleEn: Text(200), questions: z.array(FormQuestion).min(1).max(200) })
  .strict()
  .openapi('FormTemplateBody', { description: 'A new key starts at version 1; an existing key gets its next version' });

export const FormTemplateQuery = z.object({ ...pageQuery, key: Key.optional(), latest: z.enum(['true', 'false']).optional().openapi({ description: 'Only the newest version of each key' }) }).strict();

export const FormTemplatePage = z.object({ items: z.array(FormTemplate), nextCursor: z.string().nullable() }).openapi('FormTemplatePage');

// ── calls ─────────────────────────────────────────────────────────────────────────────────

const Stage = z.object({ key: Key, kind: z.enum(STAGE_KINDS), reviewersPerApplication: z.number().int().min(1).max(20).optional() }).strict();
const Eligibility = z.object({ orgKinds: z.array(z.enum(ORG_KINDS)).max(20).optional(), requireOrcid: z.boolean().optional() }).strict();
const Award = z
  .object({
    unit: Text(40),
    multiple: z.number().int().min(1).max(1000).optional(),
    max: z.number().int().min(1).max(1_000_000).optional(),
    pricePerUnitFen: z.number().int().min(0).max(10_000_000_000).optional(),
  })
  .strict();

const CallFields = {
  scopeRef: z.string().max(100).nullable().optional(),
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/).openapi({ description: 'Short code; application numbers are <code>-<6 digits>' }),
  title: Text(200),
  titleEn: Text(200),
  description: z.string().max(20_000).optional(),
  descriptionEn: z.string().max(20_000).optional(),
  track: Key,
  mode: z.enum(CALL_MODES),
  opensAt: Instant,
  closesAt: Instant.nullable().optional(),
  timeZone: z.string().min(1).max(64).optional().openapi({ description: 'IANA zone the deadline is announced in (default Asia/Shanghai)' }),
  eligibility: Eligibility.optional(),
  formTemplateId: z.string().min(1).max(64),
  stages: z.array(Stage).min(1).max(10),
  award: Award,
};

export const CallCreateBody = z
  .object({ ownerOrgId: z.string().min(1).max(64), desk: Key, ...CallFields })
  .strict()
  .openapi('CallCreateBody');

export const CallPatchBody = z
  .object({
    scopeRef: CallFields.scopeRef,
    code: CallFields.code.optional(),
    title: CallFields.title.optional(),
    titleEn: CallFields.titleEn.optional(),
    description: CallFields.description,
    descriptionEn: CallFields.descriptionEn,
    track: CallFields.track.optional(),
    mode: CallFields.mode.optional(),
    opensAt: CallFields.opensAt.optional(),
    closesAt: CallFields.closesAt,
    timeZone: CallFields.timeZone,
    eligibility: CallFields.eligibility,
    formTemplateId: CallFields.formTemplateId.optional(),
    stages: CallFields.stages.optional(),
    award: CallFields.award.optional(),
  })
  .strict()
  .openapi('CallPatchBody');

const CallBase = {
  id: z.string(),
  ownerOrgId: z.string(),
  desk: z.string(),
  scopeRef: z.string().nullable(),
  code: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  track: z.string(),
  mode: z.enum(CALL_MODES),
  opensAt: z.string(),
  closesAt: z.string().nullable(),
  timeZone: z.string(),
  closesAtLocal: z.string().nullable().openapi({ description: "The deadline as wall-clock time in the call's zone" }),
  eligibility: z.object({ orgKinds: z.array(z.string()).optional(), requireOrcid: z.boolean().optional() }),
  formTemplateId: z.string(),
  stages: z.array(z.object({ key: z.string(), kind: z.enum(STAGE_KINDS), reviewersPerApplication: z.number().int().optional() })),
  award: z.object({ unit: z.string(), multiple: z.number().int().optional(), max: z.number().int().optional(), pricePerUnitFen: z.number().int().optional() }),
  status: z.enum(CALL_STATUSES),
  accepting: z.boolean(),
  createdAt: z.string(),
};

export const Call = z.object(CallBase).openapi('Call');

export const CallDetail = z
  .object({ ...CallBase, template: FormTemplate, ownerOrgName: z.string(), ownerOrgNameEn: z.string().nullable(), viewerIsStaff: z.boolean() })
  .openapi('CallDetail');

export const CallQuery = z
  .object({
    ...pageQuery,
    desk: z.string().max(40).optional(),
    scopeRef: z.string().max(100).optional(),
    status: z.enum(CALL_STATUSES).optional(),
    ownerOrgId: z.string().max(64).optional(),
  })
  .strict();

export const CallPage = z
  .object({ items: z.array(Call), nextCursor: z.string().nullable(), total: z.number().int(), totalCapped: z.boolean() })
  .openapi('CallPage');

// ── applications ──────────────────────────────────────────────────────────────────────────

const Answers = z.record(z.string().max(64), z.unknown()).openapi({ description: 'Answers by question key' });

export const ApplicationCreateBody = z
  .object({ orgId: z.string().min(1).max(64).nullable().optional(), title: z.string().max(300).optional(), orcid: Orcid.nullable().optional() })
  .strict()
  .openapi('ApplicationCreateBody');

export const ApplicationPatchBody = z
  .object({
    revision: z.number().int().min(1).openapi({ description: 'The revision the editor loaded; an older one answers 409 stale_revision' }),
    title: z.string().max(300).optional(),
    abstract: z.string().max(20_000).optional(),
    keywords: z.array(z.string().max(80)).max(30).optional(),
    answers: Answers.optional(),
    orgId: z.string().min(1).max(64).nullable().optional(),
  })
  .strict()
  .openapi('ApplicationPatchBody');

const ApplicationBase = {
  id: z.string(),
  callId: z.string(),
  callCode: z.string(),
  callTitle: z.string(),
  callTitleEn: z.string(),
  desk: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  abstract: z.string(),
  keywords: z.array(z.string()),
  piId: z.string(),
  piName: z.string(),
  orgId: z.string().nullable(),
  formTemplateId: z.string(),
  answers: Answers,
  status: z.enum(APPLICATION_STATUSES),
  revision: z.number().int(),
  submittedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  role: z.enum(['pi', 'member', 'manager', 'director']).nullable(),
  canEdit: z.boolean(),
};

export const Application = z.object(ApplicationBase).openapi('Application');

export const ApplicationMember = z
  .object({
    email: z.string(),
    personId: z.string().nullable(),
    name: z.string().nullable(),
    role: z.enum(['pi', 'co']),
    status: z.enum(MEMBER_STATUSES),
    orcid: z.string().nullable(),
    invitedAt: z.string(),
    respondedAt: z.string().nullable(),
  })
  .openapi('ApplicationMember');

export const ApplicationLink = z
  .object({ id: z.string(), number: z.string().nullable(), title: z.string(), status: z.enum(APPLICATION_STATUSES) })
  .openapi('ApplicationLink');

export const ApplicationDetail = z
  .object({ ...ApplicationBase, call: Call, members: z.array(ApplicationMember), links: z.array(ApplicationLink) })
  .openapi('ApplicationDetail');

export const ApplicationQuery = z.object({ ...pageQuery, status: z.enum(APPLICATION_STATUSES).optional() }).strict();

export const ApplicationPage = z
  .object({ items: z.array(Application), nextCursor: z.string().nullable(), total: z.number().int(), totalCapped: z.boolean() })
  .openapi('ApplicationPage');

export const MyApplications = z
  .object({
    applications: z.array(Application),
    invitations: z.array(
      z.object({
        applicationId: z.string(),
        title: z.string(),
        callTitle: z.string(),
        callTitleEn: z.string(),
        piName: z.string(),
        invitedAt: z.string(),
        status: z.enum(APPLICATION_STATUSES),
      }),
    ),
  })
  .openapi('MyApplications');

export const WithdrawBody = z.object({ note: z.string().max(2000).optional() }).strict();

export const ApplicationEvent = z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    fromStatus: z.enum(APPLICATION_STATUSES).nullable(),
    toStatus: z.enum(APPLICATION_STATUSES).nullable(),
    note: z.string().nullable(),
  })
  .openapi('ApplicationEvent');

export const ApplicationEvents = z.object({ items: z.array(ApplicationEvent) }).openapi('ApplicationEvents');

export const MemberInviteBody = z.object({ email: z.email().max(254), orcid: Orcid.nullable().optional() }).strict().openapi('MemberInviteBody');
export const MemberRespondBody = z.object({ orcid: Orcid.nullable().optional() }).strict();
export const MemberPatchBody = z.object({ orcid: Orcid.nullable() }).strict();
export const ApplicationMembers = z.object({ items: z.array(ApplicationMember) }).openapi('ApplicationMembers');
export const EmailParam = z.string().min(3).max(254).openapi({ param: { name: 'email', in: 'path' } });

export const FileUploadBody = z
  .object({
    name: Text(200),
    contentBase64: z.string().min(1).openapi({ description: 'The PDF, base64; at most 10 MB decoded' }),
  })
  .strict()
  .openapi('ApplicationFileUpload');

export const ApplicationFile = z
  .object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string(), uploadedBy: z.string(), createdAt: z.string() })
  .openapi('ApplicationFile');

export const ApplicationFiles = z.object({ items: z.array(ApplicationFile) }).openapi('ApplicationFiles');

export const LinksBody = z.object({ applicationIds: z.array(z.string().min(1).max(64)).max(50) }).strict().openapi('ApplicationLinksBody');
export const ApplicationLinks = z.object({ items: z.array(ApplicationLink) }).openapi('ApplicationLinks');

export const Offices = z
  .object({
    operator: z.boolean(),
    offices: z.array(z.object({ orgId: z.string(), name: z.string(), nameEn: z.string().nullable(), manager: z.boolean(), director: z.boolean() })),
  })
  .openapi('CallOffices');
