// Subsidy programs and vouchers: define and fund a program, grant vouchers from its budget,
// expire them, claw them back (with a second operator above a threshold), and companies' own
// accounts (deposits).
import type { OrgKind, ProgramKind, ProgramStatus, ServiceCategory, VoucherStatus } from '../../../shared/enums.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { actorLabel, systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError, type ErrorCode } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { isStaff, requireOrgRole, requireStaff } from '../identity/index.ts';
import { centerYear, idempotent, myOrgs } from './ledger.access.ts';
import type { TransferResult } from './ledger.engine.ts';
import * as prepo from './ledger.programs.repo.ts';
import * as repo from './ledger.repo.ts';
import { accountView, createTransfersIn, ensureAccount, expectCreated, systemAccount, type AccountView } from './ledger.service.ts';

type D = Pick<Deps, 'db' | 'now' | 'jobs'>;

export const VOUCHER_EXPIRE_JOB = 'ledger.voucher.expire';

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface ProgramView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: ProgramKind;
  status: ProgramStatus;
  description: string | null;
  budgetFen: number;
  validFrom: string;
  validTo: string;
  voucherDays: number;
  rateBp: number;
  capPerOrgYearFen: number;
  eligibleOrgKinds: OrgKind[];
  eligibleCategories: ServiceCategory[];
  eligibleProviderIds: string[];
  approvalThresholdFen: number;
  deliveryDays: number;
  budgetAccountId: string;
  /** Budget account: funded (and returned) on the credit side, granted on the debit side. */
  fundedFen: number;
  grantedFen: number;
  availableFen: number;
  createdAt: string;
}

function programView(p: prepo.ProgramRow, budget: repo.AccountRow): ProgramView {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    kind: p.kind,
    status: p.status,
    description: p.description,
    budgetFen: p.budgetFen,
    validFrom: p.validFrom.toISOString(),
    validTo: p.validTo.toISOString(),
    voucherDays: p.voucherDays,
    rateBp: p.rateBp,
    capPerOrgYearFen: p.capPerOrgYearFen,
    eligibleOrgKinds: p.eligibleOrgKinds,
    eligibleCategories: p.eligibleCategories,
    eligibleProviderIds: p.eligibleProviderIds,
    approvalThresholdFen: p.approvalThresholdFen,
    deliveryDays: p.deliveryDays,
    budgetAccountId: p.budgetAccountId,
    fundedFen: budget.creditsPosted,
    grantedFen: budget.debitsPosted,
    availableFen: budget.creditsPosted - budget.debitsPosted - budget.debitsPending,
    createdAt: p.createdAt.toISOString(),
  };
}

export interface VoucherView {
  id: string;
  programId: string;
  programName: string;
  programNameEn: string;
  programKind: ProgramKind;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  accountId: string;
  amountFen: number;
  /** Left on the voucher: granted − spent − returned. */
  balanceFen: number;
  /** Reserved by confirmed orders not yet accepted. */
  reservedFen: number;
  availableFen: number;
  status: VoucherStatus;
  expiresAt: string;
  reason: string | null;
  grantedAt: string;
  closedAt: string | null;
}

function voucherView(v: prepo.VoucherListRow): VoucherView {
  return {
    id: v.id,
    programId: v.programId,
    programName: v.programName,
    programNameEn: v.programNameEn,
    programKind: v.programKind,
    orgId: v.orgId,
    orgName: v.orgName,
    orgNameEn: v.orgNameEn,
    accountId: v.accountId,
    amountFen: v.amountFen,
    balanceFen: v.creditsPosted - v.debitsPosted,
    reservedFen: v.debitsPending,
    availableFen: v.creditsPosted - v.debitsPosted - v.debitsPending,
    status: v.status,
    expiresAt: v.expiresAt.toISOString(),
    reason: v.reason,
    grantedAt: v.grantedAt.toISOString(),
    closedAt: v.closedAt ? v.closedAt.toISOString() : null,
  };
}

// ── programs ──────────────────────────────────────────────────────────────────────────────

export interface ProgramInput {
  code: string;
  name: string;
  nameEn: string;
  kind: ProgramKind;
  status?: ProgramStatus;
  description?: string | null;
  budgetFen: number;
  validFrom: string;
  validTo: string;
  voucherDays: number;
  rateBp: number;
  capPerOrgYearFen: number;
  eligibleOrgKinds: OrgKind[];
  eligibleCategories: ServiceCategory[];
  eligibleProviderIds?: string[];
  approvalThresholdFen: number;
  deliveryDays?: number;
}

async function budgetOf(db: Db, p: prepo.ProgramRow): Promise<repo.AccountRow> {
  return (await repo.accountById(db, p.budgetAccountId))!;
}

/** Defines a program, opens its budget account and funds it with `budgetFen` from appropriations. */
export async function createProgram(deps: D, ctx: RequestCtx, input: ProgramInput): Promise<ProgramView> {
  requireStaff(ctx);
  const now = deps.now();
  if (new Date(input.validTo) <= new Date(input.validFrom)) throw new AppError('validation_failed', 'validTo must come after validFrom');
  return deps.db.db.transaction(async (tx) => {
    if (await prepo.programByCode(tx, input.code)) throw new AppError('name_taken', `a program with code ${input.code} exists`);
    const id = newId('program', now.getTime());
    const { account: budget } = await ensureAccount(tx, { code: 'budget', rule: 'debits_must_not_exceed_credits', name: `Budget of ${input.code}`, refKey: `budget:${id}` }, now);
    const p = await prepo.insertProgram(tx, {
      id,
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      kind: input.kind,
      status: input.status ?? 'draft',
      description: input.description ?? null,
      budgetFen: input.budgetFen,
      validFrom: new Date(input.validFrom),
      validTo: new Date(input.validTo),
      voucherDays: input.voucherDays,
      rateBp: input.rateBp,
      capPerOrgYearFen: input.capPerOrgYearFen,
      eligibleOrgKinds: input.eligibleOrgKinds,
      eligibleCategories: input.eligibleCategories,
      eligibleProviderIds: input.eligibleProviderIds ?? [],
      approvalThresholdFen: input.approvalThresholdFen,
      deliveryDays: input.deliveryDays ?? 90,
      budgetAccountId: budget.id,
      createdBy: ctx.actor.kind === 'person' ? ctx.actor.personId : null,
      createdAt: now,
      updatedAt: now,
    });
    if (input.budgetFen > 0) {
      const funding = await systemAccount(tx, 'funding', now);
      expectCreated(
        await createTransfersIn(tx, [{ debitAccountId: funding.id, creditAccountId: budget.id, amount: input.budgetFen, code: 'fund', refType: 'program', refId: id, memo: 'initial budget' }], {
          now,
          createdBy: actorLabel(ctx),
        }),
      );
    }
    const view = programView(p, await budgetOf(tx, p));
    await record(tx, ctx, { action: 'ledger.program.create', objectType: 'ledger_program', objectId: id, after: view }, now);
    return view;
  });
}

export type ProgramPatch = Partial<Omit<ProgramInput, 'code' | 'budgetFen' | 'kind'>>;

/** Changes a program's terms. A changed yearly cap adjusts the quotas companies already hold this year. */
export async function updateProgram(deps: D, ctx: RequestCtx, id: string, patch: ProgramPatch): Promise<ProgramView> {
  requireStaff(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await prepo.findProgram(tx, id, true);
    if (!before) throw new AppError('not_found', 'no such program');
    const validFrom = patch.validFrom ? new Date(patch.validFrom) : before.validFrom;
    const validTo = patch.validTo ? new Date(patch.validTo) : before.validTo;
    if (validTo <= validFrom) throw new AppError('validation_failed', 'validTo must come after validFrom');
    const after = await prepo.updateProgram(tx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.nameEn !== undefined ? { nameEn: patch.nameEn } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      validFrom,
      validTo,
      ...(patch.voucherDays !== undefined ? { voucherDays: patch.voucherDays } : {}),
      ...(patch.rateBp !== undefined ? { rateBp: patch.rateBp } : {}),
      ...(patch.capPerOrgYearFen !== undefined ? { capPerOrgYearFen: patch.capPerOrgYearFen } : {}),
      ...(patch.eligibleOrgKinds !== undefined ? { eligibleOrgKinds: patch.eligibleOrgKinds } : {}),
      ...(patch.eligibleCategories !== undefined ? { eligibleCategories: patch.eligibleCategories } : {}),
      ...(patch.eligibleProviderIds !== undefined ? { eligibleProviderIds: patch.eligibleProviderIds } : {}),
      ...(patch.approvalThresholdFen !== undefined ? { approvalThresholdFen: patch.approvalThresholdFen } : {}),
      ...(patch.deliveryDays !== undefined ? { deliveryDays: patch.deliveryDays } : {}),
      updatedAt: now,
    });
    if (after.capPerOrgYearFen !== before.capPerOrgYearFen) await adjustQuotas(tx, ctx, after, now);
    const view = programView(after, await budgetOf(tx, after));
    await record(tx, ctx, { action: 'ledger.program.update', objectType: 'ledger_program', objectId: id, before: programView(before, await budgetOf(tx, before)), after: view }, now);
    return view;
  });
}

/** Brings this year's quota accounts of a program to its new cap (never below what is used). */
async function adjustQuotas(tx: Db, ctx: RequestCtx, p: prepo.ProgramRow, now: Date): Promise<void> {
  const year = centerYear(now);
  const source = await systemAccount(tx, 'quotaSource', now);
  const accounts = await repo.accountsByRefPrefix(tx, `quota:${p.id}:`, `:${year}`);
  const requests = accounts.flatMap((a) => {
    const delta = p.capPerOrgYearFen - a.creditsPosted + a.debitsPosted;
    if (delta > 0) return [{ debitAccountId: source.id, creditAccountId: a.id, amount: delta, code: 'quota' as const, refType: 'program', refId: p.id, memo: 'cap raised' }];
    const give = Math.min(-delta, a.creditsPosted - a.debitsPosted - a.debitsPending);
    if (delta < 0 && give > 0) return [{ debitAccountId: a.id, creditAccountId: source.id, amount: give, code: 'quota' as const, refType: 'program', refId: p.id, memo: 'cap lowered' }];
    return [];
  });
  if (requests.length) expectCreated(await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) }));
}

/** Adds money to a program's budget from appropriations. */
export async function fundProgram(deps: D, ctx: RequestCtx, id: string, input: { amountFen: number; memo?: string }, key?: string): Promise<ProgramView> {
  requireStaff(ctx);
  const now = deps.now();
  return idempotent(deps, ctx, `fund:${id}`, key, input, async (tx) => {
    const p = await prepo.findProgram(tx, id, true);
    if (!p) throw new AppError('not_found', 'no such program');
    const funding = await systemAccount(tx, 'funding', now);
    const [t] = expectCreated(
      await createTransfersIn(tx, [{ debitAccountId: funding.id, creditAccountId: p.budgetAccountId, amount: input.amountFen, code: 'fund', refType: 'program', refId: id, memo: input.memo }], {
        now,
        createdBy: actorLabel(ctx),
      }),
    );
    const after = await prepo.updateProgram(tx, id, { budgetFen: p.budgetFen + input.amountFen, updatedAt: now });
    const view = programView(after, await budgetOf(tx, after));
    await record(tx, ctx, { action: 'ledger.program.fund', objectType: 'ledger_program', objectId: id, after: { amountFen: input.amountFen, transferId: t!.id, memo: input.memo ?? null } }, now);
    return view;
  }, { shared: true });
}

export async function getProgram(deps: Pick<Deps, 'db'>, id: string): Promise<ProgramView> {
  const p = await prepo.findProgram(deps.db.db, id);
  if (!p) throw new AppError('not_found', 'no such program');
  return programView(p, await budgetOf(deps.db.db, p));
}

export async function listPrograms(deps: Pick<Deps, 'db'>, f: { status?: ProgramStatus; kind?: ProgramKind }, cursor: string | undefined, limit: number): Promise<Page<ProgramView>> {
  const c = decodeCursor(cursor, 1);
  const rows = await prepo.listPrograms(deps.db.db, f, c ? String(c[0]) : undefined, limit);
  const budgets = new Map((await repo.accountsByIds(deps.db.db, rows.map((r) => r.budgetAccountId))).map((a) => [a.id, a]));
  return toPage(rows, limit, (r) => [r.id], (r) => programView(r, budgets.get(r.budgetAccountId)!), await prepo.countPrograms(deps.db.db));
}

/** Throws program_not_active unless the program is active and `now` is within its validity. */
export function requireActive(p: prepo.ProgramRow, now: Date): void {
  if (p.status !== 'active' || now < p.validFrom || now >= p.validTo) throw new AppError('program_not_active', `program ${p.code} is not open now`);
}

// ── vouchers ──────────────────────────────────────────────────────────────────────────────

export interface GrantInput {
  orgId: string;
  amountFen: number;
  reason?: string;
}

/** Moves budget into a new voucher of the company; the voucher lapses after the program's voucher days. */
async function grantIn(tx: Db, deps: D, ctx: RequestCtx, programId: string, input: GrantInput, now: Date): Promise<VoucherView> {
  const p = await prepo.findProgram(tx, programId);
  if (!p) throw new AppError('not_found', 'no such program');
  requireActive(p, now);
  const org = (await prepo.orgBasics(tx, [input.orgId])).get(input.orgId);
  if (!org) throw new AppError('not_found', 'no such organization');
  if (!p.eligibleOrgKinds.includes(org.kind)) throw new AppError('org_not_eligible', `${org.kind} organizations are not eligible for ${p.code}`);
  const id = newId('voucher', now.getTime());
  const { account } = await ensureAccount(tx, { code: 'voucher', rule: 'debits_must_not_exceed_credits', name: `Voucher ${id}`, refKey: `voucher:${id}`, orgId: org.id }, now);
  const results = await createTransfersIn(
    tx,
    [{ key: `grant:${id}`, debitAccountId: p.budgetAccountId, creditAccountId: account.id, amount: input.amountFen, code: 'grant', refType: 'voucher', refId: id, memo: input.reason }],
    { now, createdBy: actorLabel(ctx) },
  );
  throwMapped(results, { exceeds_credits: 'program_budget_exceeded' });
  const expiresAt = new Date(Math.min(now.getTime() + p.voucherDays * 86_400_000, p.validTo.getTime()));
  await prepo.insertVoucher(tx, {
    id,
    programId: p.id,
    orgId: org.id,
    accountId: account.id,
    amountFen: input.amountFen,
    status: 'active',
    expiresAt,
    reason: input.reason ?? null,
    grantedBy: actorLabel(ctx),
    grantedAt: now,
  });
  await deps.jobs.enqueue(tx, VOUCHER_EXPIRE_JOB, { voucherId: id }, { runAt: expiresAt });
  const view = voucherView((await prepo.voucherListRowById(tx, id))!);
  await record(tx, ctx, { action: 'ledger.voucher.grant', objectType: 'ledger_voucher', objectId: id, orgId: org.id, after: view }, now);
  return view;
}

/** Throws the first failure of a batch, renaming ledger codes to what they mean here. */
export function throwMapped(results: TransferResult[], names: Partial<Record<string, ErrorCode>>): void {
  const failed = results.find((r) => r.status === 'failed' && r.code !== 'linked_event_failed');
  if (failed && failed.status === 'failed') {
    throw new AppError(names[failed.code] ?? failed.code, failed.message, failed.accountId ? { accountId: failed.accountId } : undefined);
  }
  expectCreated(results);
}

/** Grants a voucher (operators). */
export async function grantVoucher(deps: D, ctx: RequestCtx, programId: string, input: GrantInput, key?: string): Promise<VoucherView> {
  requireStaff(ctx);
  const now = deps.now();
  return idempotent(deps, ctx, `grant:${programId}`, key, input, (tx) => grantIn(tx, deps, ctx, programId, input, now), { shared: true });
}

export interface GrantRowResult {
  index: number;
  ok: boolean;
  voucher?: VoucherView;
  code?: string;
  message?: string;
}

/**
 * Grants many vouchers (the operator's CSV): each row in its own transaction under its own
 * idempotency key, so a batch run twice grants each row once. Calls `progress` as it goes.
 */
export async function grantVouchers(
  deps: D,
  ctx: RequestCtx,
  programId: string,
  rows: (GrantInput & { key: string })[],
  progress?: (done: number, total: number) => void,
): Promise<GrantRowResult[]> {
  requireStaff(ctx);
  const out: GrantRowResult[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { key, ...input } = rows[i]!;
    try {
      const voucher = await grantVoucher(deps, ctx, programId, input, key);
      out.push({ index: i, ok: true, voucher });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      out.push({ index: i, ok: false, code: err.code, message: err.message });
    }
    progress?.(i + 1, rows.length);
  }
  return out;
}

export async function getVoucher(deps: Pick<Deps, 'db'>, ctx: RequestCtx, id: string): Promise<VoucherView> {
  const v = await prepo.voucherListRowById(deps.db.db, id);
  if (!v) throw new AppError('not_found', 'no such voucher');
  await requireOrgRole(deps.db.db, ctx, v.orgId, 'member', { read: true });
  return voucherView(v);
}

export async function listVouchers(
  deps: Pick<Deps, 'db'>,
  ctx: RequestCtx,
  f: { orgId?: string; programId?: string; status?: VoucherStatus },
  cursor: string | undefined,
  limit: number,
): Promise<Page<VoucherView>> {
  let filter: prepo.VoucherFilter = f;
  if (!isStaff(ctx.actor)) {
    if (f.orgId) await requireOrgRole(deps.db.db, ctx, f.orgId, 'member', { read: true });
    else filter = { ...f, orgIds: (await myOrgs(deps.db.db, ctx)).orgIds };
  }
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([prepo.listVouchers(deps.db.db, filter, c ? String(c[0]) : undefined, limit), prepo.countVouchers(deps.db.db, filter, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.id], voucherView, total);
}

/** Returns what is left on a voucher to its program's budget (code `expire` or `clawback`). */
async function returnToBudget(tx: Db, v: prepo.VoucherRow, amount: number, code: 'expire' | 'clawback', memo: string | undefined, now: Date, createdBy: string) {
  const p = (await prepo.findProgram(tx, v.programId))!;
  const [t] = expectCreated(
    await createTransfersIn(tx, [{ debitAccountId: v.accountId, creditAccountId: p.budgetAccountId, amount, code, refType: 'voucher', refId: v.id, memo }], { now, createdBy }),
  );
  return t!;
}

/** Expires a voucher whose time is up: what is not reserved returns to the budget. */
export async function expireVoucher(deps: D, ctx: RequestCtx, voucherId: string): Promise<boolean> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const v = await prepo.findVoucher(tx, voucherId, true);
    if (!v || v.status !== 'active' || v.expiresAt > now) return false;
    const [acct] = await repo.lockAccounts(tx, [v.accountId]);
    const left = acct!.creditsPosted - acct!.debitsPosted - acct!.debitsPending;
    let transferId: string | null = null;
    if (left > 0) transferId = (await returnToBudget(tx, v, left, 'expire', 'voucher expired', now, actorLabel(ctx))).id;
    await prepo.updateVoucher(tx, v.id, { status: 'expired', closedAt: now });
    await record(tx, ctx, { action: 'ledger.voucher.expire', objectType: 'ledger_voucher', objectId: v.id, orgId: v.orgId, after: { returnedFen: left > 0 ? left : 0, transferId } }, now);
    return true;
  });
}

/** Expires every voucher whose time is up (the sweep behind the per-voucher jobs). */
export async function expireDueVouchers(deps: D, ctx: RequestCtx): Promise<number> {
  let n = 0;
  for (;;) {
    const due = await prepo.dueVouchers(deps.db.db, deps.now(), 200);
    if (!due.length) return n;
    for (const v of due) if (await expireVoucher(deps, ctx, v.id)) n++;
    if (due.length < 200) return n;
  }
}

export interface ApprovalView {
  id: string;
  kind: 'clawback';
  status: 'pending' | 'approved' | 'rejected';
  payload: Record<string, unknown>;
  amountFen: number;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  transferId: string | null;
}

function approvalView(a: prepo.ApprovalRow): ApprovalView {
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    payload: a.payload,
    amountFen: a.amountFen,
    reason: a.reason,
    requestedBy: a.requestedBy,
    requestedAt: a.requestedAt.toISOString(),
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt ? a.decidedAt.toISOString() : null,
    decisionNote: a.decisionNote,
    transferId: a.transferId,
  };
}

export interface ClawbackResult {
  status: 'done' | 'pending_approval';
  voucher: VoucherView;
  approval?: ApprovalView;
  transferId?: string;
}

async function executeClawback(tx: Db, ctx: RequestCtx, voucherId: string, amountFen: number, reason: string, now: Date): Promise<{ v: prepo.VoucherRow; transferId: string }> {
  const v = await prepo.findVoucher(tx, voucherId, true);
  if (!v) throw new AppError('not_found', 'no such voucher');
  const results = await createTransfersIn(
    tx,
    [
      {
        debitAccountId: v.accountId,
        creditAccountId: (await prepo.findProgram(tx, v.programId))!.budgetAccountId,
        amount: amountFen,
        code: 'clawback',
        refType: 'voucher',
        refId: v.id,
        memo: reason,
      },
    ],
    { now, createdBy: actorLabel(ctx) },
  );
  throwMapped(results, { exceeds_credits: 'voucher_insufficient' });
  const t = (results[0] as { transfer: { id: string } }).transfer;
  const [acct] = await repo.accountsByIds(tx, [v.accountId]);
  if (v.status === 'active' && acct!.creditsPosted - acct!.debitsPosted === 0 && acct!.debitsPending === 0) {
    await prepo.updateVoucher(tx, v.id, { status: 'closed', closedAt: now });
  }
  return { v, transferId: t.id };
}

/**
 * Claws back part of a voucher to its budget. Above the program's threshold it only asks: a
 * second operator must approve (the database refuses the same person deciding).
 */
export async function clawback(deps: D, ctx: RequestCtx, voucherId: string, input: { amountFen: number; reason: string }, key?: string): Promise<ClawbackResult> {
  requireStaff(ctx);
  const now = deps.now();
  return idempotent(deps, ctx, `clawback:${voucherId}`, key, input, async (tx) => {
    const v = await prepo.findVoucher(tx, voucherId, true);
    if (!v) throw new AppError('not_found', 'no such voucher');
    const p = (await prepo.findProgram(tx, v.programId))!;
    if (input.amountFen > p.approvalThresholdFen) {
      const approval = await prepo.insertApproval(tx, {
        id: newId('approval', now.getTime()),
        kind: 'clawback',
        status: 'pending',
        payload: { voucherId, programId: p.id, orgId: v.orgId },
        amountFen: input.amountFen,
        reason: input.reason,
        requestedBy: (ctx.actor as { personId: string }).personId,
        requestedAt: now,
      });
      await record(tx, ctx, { action: 'ledger.clawback.request', objectType: 'ledger_approval', objectId: approval.id, orgId: v.orgId, after: approvalView(approval) }, now);
      return { status: 'pending_approval', voucher: voucherView((await prepo.voucherListRowById(tx, voucherId))!), approval: approvalView(approval) };
    }
    const { transferId } = await executeClawback(tx, ctx, voucherId, input.amountFen, input.reason, now);
    await record(tx, ctx, { action: 'ledger.voucher.clawback', objectType: 'ledger_voucher', objectId: voucherId, orgId: v.orgId, after: { ...input, transferId } }, now);
    return { status: 'done', voucher: voucherView((await prepo.voucherListRowById(tx, voucherId))!), transferId };
  }, { shared: true });
}

/** A second operator approves or rejects a pending clawback; approving executes it. */
export async function decideApproval(deps: D, ctx: RequestCtx, id: string, input: { approve: boolean; note?: string }): Promise<ApprovalView> {
  requireStaff(ctx);
  const now = deps.now();
  const me = (ctx.actor as { personId: string }).personId;
  return deps.db.db.transaction(async (tx) => {
    const a = await prepo.findApproval(tx, id, true);
    if (!a) throw new AppError('not_found', 'no such approval');
    if (a.status !== 'pending') throw new AppError('invalid_state', `the approval was already ${a.status}`);
    if (a.requestedBy === me) throw new AppError('same_approver', 'another operator must decide');
    let transferId: string | null = null;
    if (input.approve) {
      const voucherId = a.payload.voucherId as string;
      transferId = (await executeClawback(tx, ctx, voucherId, a.amountFen, a.reason, now)).transferId;
    }
    const after = await prepo.updateApproval(tx, id, {
      status: input.approve ? 'approved' : 'rejected',
      decidedBy: me,
      decidedAt: now,
      decisionNote: input.note ?? null,
      transferId,
    });
    await record(tx, ctx, { action: input.approve ? 'ledger.clawback.approve' : 'ledger.clawback.reject', objectType: 'ledger_approval', objectId: id, orgId: (a.payload.orgId as string) ?? null, before: approvalView(a), after: approvalView(after) }, now);
    return approvalView(after);
  });
}

export async function listApprovals(deps: Pick<Deps, 'db'>, ctx: RequestCtx, status: 'pending' | 'approved' | 'rejected' | undefined, cursor: string | undefined, limit: number): Promise<Page<ApprovalView>> {
  requireStaff(ctx);
  const c = decodeCursor(cursor, 1);
  const rows = await prepo.listApprovals(deps.db.db, status, c ? String(c[0]) : undefined, limit);
  return toPage(rows, limit, (r) => [r.id], approvalView, rows.length > limit ? limit + 1 : rows.length);
}

// ── companies' own accounts ───────────────────────────────────────────────────────────────

/** The company's own account (opened on first use). */
export async function companyAccountIn(tx: Db, orgId: string, now: Date): Promise<repo.AccountRow> {
  return (await ensureAccount(tx, { code: 'company', rule: 'debits_must_not_exceed_credits', name: `Account of ${orgId}`, refKey: `company:${orgId}`, orgId }, now)).account;
}

export async function getCompanyAccount(deps: D, ctx: RequestCtx, orgId: string): Promise<AccountView> {
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true, known: 'staff' });
  const existing = await repo.accountByRef(deps.db.db, `company:${orgId}`);
  if (existing) return accountView(existing);
  const now = deps.now();
  return accountView(await deps.db.db.transaction((tx) => companyAccountIn(tx, orgId, now)));
}

/** Records money a company paid in (operators): clearing → the company's account. */
export async function deposit(deps: D, ctx: RequestCtx, orgId: string, input: { amountFen: number; memo?: string }, key?: string): Promise<AccountView> {
  requireStaff(ctx);
  const now = deps.now();
  return idempotent(deps, ctx, `deposit:${orgId}`, key, input, async (tx) => {
    const org = (await prepo.orgBasics(tx, [orgId])).get(orgId);
    if (!org) throw new AppError('not_found', 'no such organization');
    const account = await companyAccountIn(tx, orgId, now);
    const clearing = await systemAccount(tx, 'clearing', now);
    const [t] = expectCreated(
      await createTransfersIn(tx, [{ debitAccountId: clearing.id, creditAccountId: account.id, amount: input.amountFen, code: 'deposit', refType: 'organization', refId: orgId, memo: input.memo }], {
        now,
        createdBy: actorLabel(ctx),
      }),
    );
    await record(tx, ctx, { action: 'ledger.deposit', objectType: 'ledger_account', objectId: account.id, orgId, after: { amountFen: input.amountFen, transferId: t!.id } }, now);
    return accountView((await repo.accountById(tx, account.id))!);
  }, { shared: true });
}

/** Registers the voucher-expiry job. */
export function registerVoucherJobs(deps: D): void {
  deps.jobs.register(VOUCHER_EXPIRE_JOB, async (payload) => {
    await expireVoucher(deps, systemCtx('jobs'), String(payload.voucherId));
  });
}

