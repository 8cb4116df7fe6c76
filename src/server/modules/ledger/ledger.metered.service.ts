// Metered orders: services whose price is known only after use (compute jobs). The platform
// holds the most the service can cost — one linked chain of pending transfers, the program's
// share on a voucher, the same amount of the company's yearly quota and the company's own share
// — and, once the provider's accounting says what was used, posts the actual amount of each and
// releases the rest. The order is then accepted and claimed (the metering is the delivery
// proof), so the monthly settlement pays the provider and the invoice lists it. The voucher
// rules are the ledger's own: eligibility, related parties, the voucher's balance and the
// yearly cap; where one of them stops the voucher, the company pays from its own account and
// the order says why.
import type { ServiceCategory } from '../../../shared/enums.ts';
import { LEDGERS } from '../../../shared/enums.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import { actorLabel, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { centerYear, subsidyOf } from './ledger.access.ts';
import type { ExpireRequest, TransferRequest } from './ledger.engine.ts';
import * as prepo from './ledger.programs.repo.ts';
import * as repo from './ledger.repo.ts';
import { companyAccountIn, throwMapped } from './ledger.programs.service.ts';
import { createTransfersIn, ensureAccount, systemAccount } from './ledger.service.ts';
import type { OrderLine } from './ledger.table.ts';

/**
 * Why a voucher cannot pay a share of a purchase from a provider in a category, or null when it
 * can. The same rules as confirming an order.
 */
export async function voucherRefusal(
  tx: Db,
  v: prepo.VoucherRow,
  input: { buyerOrgId: string; provider: prepo.ProviderRow; category: ServiceCategory },
  now: Date,
): Promise<{ code: ErrorCode; message: string; program?: prepo.ProgramRow } | null> {
  if (v.status !== 'active' || v.expiresAt <= now) return { code: 'voucher_not_active', message: 'the voucher has expired or was closed' };
  const program = (await prepo.findProgram(tx, v.programId))!;
  if (program.status !== 'active' || now < program.validFrom || now >= program.validTo) return { code: 'program_not_active', message: `program ${program.code} is not open now` };
  const buyer = (await prepo.orgBasics(tx, [input.buyerOrgId])).get(input.buyerOrgId)!;
  if (!program.eligibleOrgKinds.includes(buyer.kind)) return { code: 'org_not_eligible', message: `${buyer.kind} organizations are not eligible for ${program.code}` };
  if (!program.eligibleCategories.includes(input.category)) return { code: 'provider_not_eligible', message: `${input.category} is not a category of ${program.code}` };
  if (program.eligibleProviderIds.length && !program.eligibleProviderIds.includes(input.provider.id)) {
    return { code: 'provider_not_eligible', message: `the provider is not on the list of ${program.code}` };
  }
  const relation = await prepo.relationBetween(tx, input.buyerOrgId, input.provider.orgId);
  if (relation) return { code: 'provider_related_to_buyer', message: `the provider and the buyer are related (${relation.kind})` };
  return null;
}

const available = (a: repo.AccountRow) => a.creditsPosted - a.debitsPosted - a.debitsPending;

export interface MeteredHoldInput {
  providerId: string;
  buyerOrgId: string;
  category: ServiceCategory;
  /** Unique per provider among live orders, e.g. the job id and its admission number. */
  contractNo: string;
  /** What is held for, e.g. "job cj_… 2 × H100 for 4 h". */
  description: string;
  maxFen: number;
  /** The voucher to use; undefined: the company's active voucher that can pay and expires first; null: none. */
  voucherId?: string | null;
  /** How long the hold lasts at most (the job's time limit with a margin). */
  timeoutSeconds: number;
  refType: string;
  refId: string;
}

export interface MeteredHold {
  orderId: string;
  maxFen: number;
  subsidyFen: number;
  ownFen: number;
  voucherId: string | null;
  /** Why no voucher (or less than the program's rate) pays: the ledger's code, or null. */
  voucherNote: ErrorCode | null;
}

async function voucherCandidates(
  tx: Db,
  input: MeteredHoldInput,
  provider: prepo.ProviderRow,
  now: Date,
): Promise<{ vouchers: { v: prepo.VoucherRow; program: prepo.ProgramRow }[]; note: ErrorCode | null }> {
  if (input.voucherId === null) return { vouchers: [], note: null };
  const ids = input.voucherId ? [input.voucherId] : (await prepo.listVouchers(tx, { orgId: input.buyerOrgId, status: 'active' }, undefined, 50)).map((v) => v.id);
  const out: { v: prepo.VoucherRow; program: prepo.ProgramRow }[] = [];
  let note: ErrorCode | null = null;
  for (const id of ids) {
    const v = await prepo.findVoucher(tx, id, true);
    if (!v || v.orgId !== input.buyerOrgId) {
      if (input.voucherId) throw new AppError('not_found', 'no such voucher');
      continue;
    }
    const refusal = await voucherRefusal(tx, v, { buyerOrgId: input.buyerOrgId, provider, category: input.category }, now);
    if (refusal) {
      note ??= refusal.code;
      continue;
    }
    out.push({ v, program: (await prepo.findProgram(tx, v.programId))! });
  }
  out.sort((a, b) => a.v.expiresAt.getTime() - b.v.expiresAt.getTime() || a.v.id.localeCompare(b.v.id));
  return { vouchers: out, note };
}

/**
 * Holds the most a metered service can cost: an order in status `confirmed` with its chain of
 * pending transfers. The program's share is its rate of the maximum, as far as the voucher's
 * balance and the yearly cap allow; the company's account must cover the rest
 * (`insufficient_funds`).
 */
export async function holdMeteredIn(tx: Db, ctx: RequestCtx, input: MeteredHoldInput, now: Date): Promise<MeteredHold> {
  if (!Number.isSafeInteger(input.maxFen) || input.maxFen <= 0) throw new AppError('validation_failed', 'the amount to hold must be a positive number of fen');
  const provider = await prepo.findProvider(tx, input.providerId);
  if (!provider) throw new AppError('not_found', 'no such provider');
  if (provider.status !== 'admitted') throw new AppError('provider_not_admitted', `the provider is ${provider.status}`);
  if (input.buyerOrgId === provider.orgId) throw new AppError('provider_related_to_buyer', 'a provider does not sell to itself');
  const buyerAccount = await companyAccountIn(tx, input.buyerOrgId, now);
  const { vouchers, note: refusalNote } = await voucherCandidates(tx, input, provider, now);
  let voucherNote: ErrorCode | null = vouchers.length ? null : refusalNote;
  let chosen: { v: prepo.VoucherRow; program: prepo.ProgramRow } | undefined;
  let subsidyFen = 0;
  let quota: repo.AccountRow | undefined;
  let quotaCreated = false;
  const year = centerYear(now);
  for (const c of vouchers) {
    const want = subsidyOf(input.maxFen, c.program.rateBp);
    if (want <= 0) continue;
    const vAccount = (await repo.accountById(tx, c.v.accountId))!;
    const q = await ensureAccount(
      tx,
      { ledger: LEDGERS.cny_quota, code: 'quota', rule: 'debits_must_not_exceed_credits', name: `Quota ${year} of ${input.buyerOrgId} in ${c.program.code}`, refKey: `quota:${c.program.id}:${input.buyerOrgId}:${year}`, orgId: input.buyerOrgId },
      now,
    );
    const quotaLeft = q.created ? c.program.capPerOrgYearFen : available(q.account);
    const can = Math.min(want, available(vAccount), quotaLeft);
    if (can <= 0) {
      voucherNote ??= available(vAccount) <= 0 ? 'voucher_insufficient' : 'yearly_cap_exceeded';
      continue;
    }
    if (can < want) voucherNote = available(vAccount) < want ? 'voucher_insufficient' : 'yearly_cap_exceeded';
    chosen = c;
    subsidyFen = can;
    quota = q.account;
    quotaCreated = q.created;
    break;
  }
  const ownFen = input.maxFen - subsidyFen;
  const orderId = newId('order', now.getTime());
  const common = { kind: 'pending' as const, timeoutSeconds: input.timeoutSeconds, refType: input.refType, refId: input.refId };
  const requests: TransferRequest[] = [];
  if (chosen && quota) {
    const source = await systemAccount(tx, 'quotaSource', now);
    if (quotaCreated) requests.push({ debitAccountId: source.id, creditAccountId: quota.id, amount: chosen.program.capPerOrgYearFen, code: 'quota', refType: 'program', refId: chosen.program.id, memo: `cap ${year}` });
    requests.push({ ...common, key: `order:${orderId}:subsidy`, debitAccountId: chosen.v.accountId, creditAccountId: provider.accountId, amount: subsidyFen, code: 'subsidy', linked: true });
    requests.push({ ...common, key: `order:${orderId}:quota`, debitAccountId: quota.id, creditAccountId: source.id, amount: subsidyFen, code: 'quota', linked: ownFen > 0 });
  }
  if (ownFen > 0) requests.push({ ...common, key: `order:${orderId}:own`, debitAccountId: buyerAccount.id, creditAccountId: provider.accountId, amount: ownFen, code: 'own_share' });
  const results = await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) });
  const failed = results.find((r) => r.status === 'failed' && r.code !== 'linked_event_failed');
  if (failed && failed.status === 'failed' && failed.code === 'exceeds_credits') {
    const code = failed.accountId === buyerAccount.id ? 'insufficient_funds' : failed.accountId === chosen?.v.accountId ? 'voucher_insufficient' : 'yearly_cap_exceeded';
    throw new AppError(code, failed.message);
  }
  throwMapped(results, {});
  const transferIds = results.flatMap((r, n) => (r.status !== 'failed' && requests[n]!.kind === 'pending' ? [r.transfer.id] : []));
  const line: OrderLine = { priceItemId: '', sku: `${input.category}-hold`, name: input.description, unit: 'hold', unitPriceFen: input.maxFen, quantity: 1, amountFen: input.maxFen };
  await prepo.insertOrder(tx, {
    id: orderId,
    providerId: provider.id,
    buyerOrgId: input.buyerOrgId,
    contractNo: input.contractNo,
    category: input.category,
    lines: [line],
    totalFen: input.maxFen,
    voucherId: chosen?.v.id ?? null,
    programId: chosen?.program.id ?? null,
    subsidyFen,
    ownFen,
    status: 'confirmed',
    note: voucherNote ? `voucher: ${voucherNote}` : null,
    reservedUntil: new Date(now.getTime() + input.timeoutSeconds * 1000),
    transferIds,
    issuedBy: actorLabel(ctx),
    issuedAt: now,
    confirmedAt: now,
  });
  await record(tx, ctx, { action: 'ledger.metered.hold', objectType: 'ledger_order', objectId: orderId, orgId: input.buyerOrgId, after: { ...input, subsidyFen, ownFen, voucherId: chosen?.v.id ?? null, voucherNote } }, now);
  return { orderId, maxFen: input.maxFen, subsidyFen, ownFen, voucherId: chosen?.v.id ?? null, voucherNote };
}

export interface MeteredSettlement {
  orderId: string;
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
  status: 'claimed' | 'cancelled';
}

/**
 * Settles a metered order for what was actually used: each pending transfer posts its part
 * (the program's share is its rate of the actual amount, never more than was held) and releases
 * the rest; nothing used voids the whole chain and cancels the order. The actual amount is
 * capped at the hold. A voucher that lapsed meanwhile gives its released share back to its
 * program's budget.
 */
export async function settleMeteredIn(tx: Db, ctx: RequestCtx, orderId: string, actual: { totalFen: number; lines: OrderLine[] }, now: Date): Promise<MeteredSettlement> {
  const o = await prepo.findOrder(tx, orderId, true);
  if (!o) throw new AppError('not_found', 'no such order');
  if (o.status !== 'confirmed') throw new AppError('invalid_state', `an order that is ${o.status} cannot be settled`);
  if (!Number.isSafeInteger(actual.totalFen) || actual.totalFen < 0) throw new AppError('validation_failed', 'the actual amount must be a whole number of fen');
  const v = o.voucherId ? await prepo.findVoucher(tx, o.voucherId, true) : undefined;
  const program = v ? (await prepo.findProgram(tx, v.programId))! : undefined;
  const total = Math.min(actual.totalFen, o.totalFen);
  const subsidy = program ? Math.min(subsidyOf(total, program.rateBp), o.subsidyFen) : 0;
  const own = total - subsidy;
  const transfers = new Map((await repo.transfersByIds(tx, o.transferIds)).map((t) => [t.id, t]));
  const states = new Map((await repo.pendingStates(tx, o.transferIds)).map((p) => [p.id, p]));
  const requests: (TransferRequest | ExpireRequest)[] = [];
  for (const id of o.transferIds) {
    const t = transfers.get(id)!;
    if (states.get(id)?.resolvedBy) throw new AppError('pending_already_resolved', `the hold ${id} was already ${states.get(id)!.resolvedBy}`);
    const part = t.code === 'own_share' ? own : subsidy;
    requests.push(
      part > 0
        ? { kind: 'post', pendingId: id, amount: part, code: t.code, key: `post:${id}`, refType: t.refType ?? 'order', refId: t.refId ?? o.id, linked: true }
        : { kind: 'void', pendingId: id, code: t.code, key: `void:${id}`, refType: t.refType ?? 'order', refId: t.refId ?? o.id, linked: true },
    );
  }
  const released = o.subsidyFen - subsidy;
  if (v && program && v.status !== 'active' && released > 0) {
    requests.push({ debitAccountId: v.accountId, creditAccountId: program.budgetAccountId, amount: released, code: 'expire', refType: 'voucher', refId: v.id, memo: `released by order ${o.id}`, linked: true });
  }
  if (requests.length) {
    requests[requests.length - 1]!.linked = false;
    throwMapped(await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) }), {});
  }
  const status = total > 0 ? ('claimed' as const) : ('cancelled' as const);
  await prepo.updateOrder(tx, o.id, {
    status,
    lines: total > 0 ? actual.lines : o.lines,
    totalFen: total > 0 ? total : o.totalFen,
    subsidyFen: total > 0 ? subsidy : o.subsidyFen,
    ownFen: total > 0 ? own : o.ownFen,
    ...(total > 0 ? { deliveredAt: now, acceptedAt: now, claimedAt: now } : { closedAt: now, closeReason: 'nothing was used' }),
  });
  await record(tx, ctx, { action: 'ledger.metered.settle', objectType: 'ledger_order', objectId: o.id, orgId: o.buyerOrgId, before: { totalFen: o.totalFen, subsidyFen: o.subsidyFen, ownFen: o.ownFen }, after: { totalFen: total, subsidyFen: subsidy, ownFen: own, status } }, now);
  return { orderId: o.id, totalFen: total, subsidyFen: subsidy, ownFen: own, status };
}
