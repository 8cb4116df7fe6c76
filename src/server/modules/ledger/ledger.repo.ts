// SQL of the ledger core: accounts, transfers, balances as of an instant, reconciliation.
import { and, asc, desc, eq, getTableColumns, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { AccountCode, BalanceRule } from '../../../shared/enums.ts';
import { ledgerAccounts, ledgerTransfers } from './ledger.table.ts';
import type { AccountState, PendingState, TransferRow } from './ledger.engine.ts';

export type AccountRow = typeof ledgerAccounts.$inferSelect;

export interface NewAccount {
  id: string;
  ledger: number;
  code: AccountCode;
  rule: BalanceRule;
  refKey: string | null;
  orgId: string | null;
  name: string;
}

/**
 * Opens an account. With a refKey already taken, returns the existing account instead (after
 * waiting for a concurrent opener to commit) and `created` false.
 */
export async function openAccount(db: Db, a: NewAccount): Promise<{ account: AccountRow; created: boolean }> {
  if (a.refKey) {
    const inserted = await db.insert(ledgerAccounts).values(a).onConflictDoNothing({ target: ledgerAccounts.refKey }).returning();
    if (inserted[0]) return { account: inserted[0], created: true };
    const found = await db.select().from(ledgerAccounts).where(eq(ledgerAccounts.refKey, a.refKey));
    return { account: found[0]!, created: false };
  }
  const [row] = await db.insert(ledgerAccounts).values(a).returning();
  return { account: row!, created: true };
}

export async function accountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(ledgerAccounts).where(eq(ledgerAccounts.id, id));
  return row;
}

export async function accountByRef(db: Db, refKey: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(ledgerAccounts).where(eq(ledgerAccounts.refKey, refKey));
  return row;
}

export async function accountsByIds(db: Db, ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(ledgerAccounts).where(inArray(ledgerAccounts.id, ids));
}

/** Locks accounts in id order (the one order every writer uses, so writers never deadlock). */
export async function lockAccounts(db: Db, ids: string[]): Promise<(AccountState & { lastTransferAt: Date | null })[]> {
  if (ids.length === 0) return [];
  const sorted = [...new Set(ids)].sort();
  return db
    .select({
      id: ledgerAccounts.id,
      ledger: ledgerAccounts.ledger,
      rule: ledgerAccounts.rule,
      closed: ledgerAccounts.closed,
      debitsPending: ledgerAccounts.debitsPending,
      debitsPosted: ledgerAccounts.debitsPosted,
      creditsPending: ledgerAccounts.creditsPending,
      creditsPosted: ledgerAccounts.creditsPosted,
      lastTransferAt: ledgerAccounts.lastTransferAt,
    })
    .from(ledgerAccounts)
    .where(sql`${ledgerAccounts.id} = any(${sql.param(sorted)}::text[])`)
    .orderBy(asc(ledgerAccounts.id))
    .for('update');
}

export async function setAccountClosed(db: Db, id: string, closed: boolean): Promise<void> {
  await db.update(ledgerAccounts).set({ closed }).where(eq(ledgerAccounts.id, id));
}

// A transfer as the engine knows it: every column but seq (the answer to a retried key must
// equal the first answer, which had no seq yet).
const { seq: _seq, ...TRANSFER_COLUMNS } = getTableColumns(ledgerTransfers);

export async function transfersByIds(db: Db, ids: string[]): Promise<TransferRow[]> {
  if (ids.length === 0) return [];
  return db.select(TRANSFER_COLUMNS).from(ledgerTransfers).where(sql`${ledgerTransfers.id} = any(${sql.param(ids)}::text[])`);
}

export async function transfersByKeys(db: Db, keys: string[]): Promise<TransferRow[]> {
  if (keys.length === 0) return [];
  return db.select(TRANSFER_COLUMNS).from(ledgerTransfers).where(sql`${ledgerTransfers.key} = any(${sql.param(keys)}::text[])`);
}

/** The pending transfers among `ids`, with how each was resolved (if it was). */
export async function pendingStates(db: Db, ids: string[]): Promise<PendingState[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute(sql`
    select p.id, p.debit_account_id, p.credit_account_id, p.ledger, p.amount, p.kind, p.timeout_at, r.kind as resolved_by
      from ledger_transfers p
      left join ledger_transfers r on r.pending_id = p.id
     where p.id = any(${sql.param(ids)}::text[])`);
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: r.id as string,
    debitAccountId: r.debit_account_id as string,
    creditAccountId: r.credit_account_id as string,
    ledger: Number(r.ledger),
    amount: Number(r.amount),
    kind: r.kind as PendingState['kind'],
    timeoutAt: r.timeout_at == null ? null : new Date(r.timeout_at as string),
    resolvedBy: (r.resolved_by as PendingState['resolvedBy']) ?? null,
  }));
}

/**
 * Inserts transfers, a few thousand per statement: each statement fires the trigger that checks
 * them and moves the balances once (arrays keep the statement's parameters to eighteen).
 */
export async function insertTransfers(db: Db, rows: TransferRow[]): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const col = <T>(f: (r: TransferRow) => T) => sql.param(part.map(f));
    await db.execute(sql`
      insert into ledger_transfers (id, key, body_hash, kind, ledger, code, debit_account_id, credit_account_id, amount, released,
                                    pending_id, timeout_at, chain_id, ref_type, ref_id, memo, created_by, created_at)
      select * from unnest(
        ${col((r) => r.id)}::text[], ${col((r) => r.key)}::text[], ${col((r) => r.bodyHash)}::text[], ${col((r) => r.kind)}::text[],
        ${col((r) => r.ledger)}::int[], ${col((r) => r.code)}::text[], ${col((r) => r.debitAccountId)}::text[], ${col((r) => r.creditAccountId)}::text[],
        ${col((r) => r.amount)}::bigint[], ${col((r) => r.released)}::bigint[], ${col((r) => r.pendingId)}::text[],
        ${col((r) => r.timeoutAt?.toISOString() ?? null)}::timestamptz[], ${col((r) => r.chainId)}::text[], ${col((r) => r.refType)}::text[],
        ${col((r) => r.refId)}::text[], ${col((r) => r.memo)}::text[], ${col((r) => r.createdBy)}::text[], ${col((r) => r.createdAt.toISOString())}::timestamptz[]
      )`);
  }
}

export interface TransferFilter {
  accountId?: string;
  /** Transfers touching any account of these organizations. */
  orgIds?: string[];
  refType?: string;
  refId?: string;
  code?: string;
}

function transferWhere(f: TransferFilter): SQL[] {
  const w: SQL[] = [];
  if (f.accountId) w.push(or(eq(ledgerTransfers.debitAccountId, f.accountId), eq(ledgerTransfers.creditAccountId, f.accountId))!);
  if (f.orgIds) {
    const accounts = sql`(select id from ledger_accounts where org_id = any(${sql.param(f.orgIds)}::text[]))`;
    w.push(sql`(${ledgerTransfers.debitAccountId} in ${accounts} or ${ledgerTransfers.creditAccountId} in ${accounts})`);
  }
  if (f.refType) w.push(eq(ledgerTransfers.refType, f.refType));
  if (f.refId) w.push(eq(ledgerTransfers.refId, f.refId));
  if (f.code) w.push(eq(ledgerTransfers.code, f.code as TransferRow['code']));
  return w;
}

/** Transfers newest first, keyset-paged by seq. */
export async function listTransfers(db: Db, f: TransferFilter, beforeSeq: number | undefined, limit: number): Promise<(TransferRow & { seq: number })[]> {
  const w = transferWhere(f);
  if (beforeSeq !== undefined) w.push(lt(ledgerTransfers.seq, beforeSeq));
  return db
    .select()
    .from(ledgerTransfers)
    .where(w.length ? and(...w) : undefined)
    .orderBy(desc(ledgerTransfers.seq))
    .limit(limit + 1) as Promise<(TransferRow & { seq: number })[]>;
}

export async function countTransfers(db: Db, f: TransferFilter, cap: number): Promise<number> {
  const w = transferWhere(f);
  const rows = await db.execute(
    sql`select count(*)::int as n from (select 1 from ledger_transfers ${w.length ? sql`where ${and(...w)}` : sql``} limit ${cap}) x`,
  );
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

export interface AccountFilter {
  orgId?: string;
  code?: AccountCode;
}

export async function listAccounts(db: Db, f: AccountFilter, afterId: string | undefined, limit: number): Promise<AccountRow[]> {
  const w: SQL[] = [];
  if (f.orgId) w.push(eq(ledgerAccounts.orgId, f.orgId));
  if (f.code) w.push(eq(ledgerAccounts.code, f.code));
  if (afterId) w.push(sql`${ledgerAccounts.id} > ${afterId}`);
  return db
    .select()
    .from(ledgerAccounts)
    .where(w.length ? and(...w) : undefined)
    .orderBy(asc(ledgerAccounts.id))
    .limit(limit + 1);
}

export interface Balances {
  debitsPending: number;
  debitsPosted: number;
  creditsPending: number;
  creditsPosted: number;
}

// Each transfer's effect on its two accounts, as columns: the one formula the trigger applies.
const EFFECT = {
  dpend: sql`(case when kind = 'pending' then amount else 0 end) - released`,
  post: sql`case when kind in ('single', 'post') then amount else 0 end`,
};

/** An account's balances as they stood at `at` (transfers made at or before it). */
export async function balancesAsOf(db: Db, accountId: string, at: Date): Promise<Balances> {
  const rows = await db.execute(sql`
    select coalesce(sum(dpend), 0)::bigint as debits_pending, coalesce(sum(dpost), 0)::bigint as debits_posted,
           coalesce(sum(cpend), 0)::bigint as credits_pending, coalesce(sum(cpost), 0)::bigint as credits_posted
      from (
        select ${EFFECT.dpend} as dpend, ${EFFECT.post} as dpost, 0 as cpend, 0 as cpost
          from ledger_transfers where debit_account_id = ${accountId} and created_at <= ${at.toISOString()}::timestamptz
        union all
        select 0, 0, ${EFFECT.dpend}, ${EFFECT.post}
          from ledger_transfers where credit_account_id = ${accountId} and created_at <= ${at.toISOString()}::timestamptz
      ) x`);
  const r = (rows as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  return {
    debitsPending: Number(r.debits_pending),
    debitsPosted: Number(r.debits_posted),
    creditsPending: Number(r.credits_pending),
    creditsPosted: Number(r.credits_posted),
  };
}

export interface ReconcileRow {
  id: string;
  ledger: number;
  rule: BalanceRule;
  stored: Balances;
  computed: Balances;
}

/**
 * Recomputes every account's balances from all transfers in one pass (grouping sets over the
 * debit and the credit side) and returns the accounts whose stored balances differ, with the
 * totals per ledger that double entry keeps equal.
 */
export async function reconcile(db: Db): Promise<{
  transfers: number;
  accounts: number;
  mismatches: ReconcileRow[];
  ruleBreaks: string[];
  ledgers: { ledger: number; debitsPosted: number; creditsPosted: number; debitsPending: number; creditsPending: number }[];
  pendingOpen: number;
}> {
  const res = await db.execute(sql`
    with sides as (
      select debit_account_id, credit_account_id,
             sum(${EFFECT.dpend})::bigint as pend, sum(${EFFECT.post})::bigint as post, count(*)::bigint as n
        from ledger_transfers
       group by grouping sets ((debit_account_id), (credit_account_id))
    ),
    computed as (
      select coalesce(debit_account_id, credit_account_id) as id,
             sum(case when debit_account_id is not null then pend else 0 end)::bigint as dpend,
             sum(case when debit_account_id is not null then post else 0 end)::bigint as dpost,
             sum(case when credit_account_id is not null then pend else 0 end)::bigint as cpend,
             sum(case when credit_account_id is not null then post else 0 end)::bigint as cpost,
             sum(case when debit_account_id is not null then n else 0 end)::bigint as n
        from sides group by 1
    )
    select a.id, a.ledger, a.rule, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted,
           coalesce(c.dpend, 0) as c_dpend, coalesce(c.dpost, 0) as c_dpost, coalesce(c.cpend, 0) as c_cpend, coalesce(c.cpost, 0) as c_cpost,
           coalesce(c.n, 0) as n
      from ledger_accounts a left join computed c on c.id = a.id`);
  const rows = (res as unknown as { rows: Record<string, unknown>[] }).rows;
  const mismatches: ReconcileRow[] = [];
  const ruleBreaks: string[] = [];
  const ledgers = new Map<number, { ledger: number; debitsPosted: number; creditsPosted: number; debitsPending: number; creditsPending: number }>();
  let transfers = 0;
  for (const r of rows) {
    const stored = { debitsPending: Number(r.debits_pending), debitsPosted: Number(r.debits_posted), creditsPending: Number(r.credits_pending), creditsPosted: Number(r.credits_posted) };
    const computed = { debitsPending: Number(r.c_dpend), debitsPosted: Number(r.c_dpost), creditsPending: Number(r.c_cpend), creditsPosted: Number(r.c_cpost) };
    transfers += Number(r.n);
    const row: ReconcileRow = { id: r.id as string, ledger: Number(r.ledger), rule: r.rule as BalanceRule, stored, computed };
    if (
      stored.debitsPending !== computed.debitsPending ||
      stored.debitsPosted !== computed.debitsPosted ||
      stored.creditsPending !== computed.creditsPending ||
      stored.creditsPosted !== computed.creditsPosted
    ) {
      mismatches.push(row);
    }
    if (row.rule === 'debits_must_not_exceed_credits' && computed.debitsPending + computed.debitsPosted > computed.creditsPosted) ruleBreaks.push(row.id);
    if (row.rule === 'credits_must_not_exceed_debits' && computed.creditsPending + computed.creditsPosted > computed.debitsPosted) ruleBreaks.push(row.id);
    const l = ledgers.get(row.ledger) ?? { ledger: row.ledger, debitsPosted: 0, creditsPosted: 0, debitsPending: 0, creditsPending: 0 };
    l.debitsPosted += computed.debitsPosted;
    l.creditsPosted += computed.creditsPosted;
    l.debitsPending += computed.debitsPending;
    l.creditsPending += computed.creditsPending;
    ledgers.set(row.ledger, l);
  }
  const open = await db.execute(sql`
    select count(*)::bigint as n from ledger_transfers p
     where p.kind = 'pending' and not exists (select 1 from ledger_transfers r where r.pending_id = p.id)`);
  return {
    transfers,
    accounts: rows.length,
    mismatches,
    ruleBreaks,
    ledgers: [...ledgers.values()].sort((a, b) => a.ledger - b.ledger),
    pendingOpen: Number((open as unknown as { rows: { n: number }[] }).rows[0]!.n),
  };
}

/**
 * Pending transfers past their timeout that nothing resolved yet, oldest first. Reservations of
 * orders are left to the order's own expiry, which also settles the order and its voucher.
 */
export async function duePendings(db: Db, now: Date, limit: number): Promise<TransferRow[]> {
  const res = await db.execute(sql`
    select p.id from ledger_transfers p
     where p.kind = 'pending' and p.timeout_at <= ${now.toISOString()}::timestamptz and p.ref_type is distinct from 'order'
       and not exists (select 1 from ledger_transfers r where r.pending_id = p.id)
     order by p.timeout_at limit ${limit}`);
  const ids = (res as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  return transfersByIds(db, ids);
}

export async function countAccounts(db: Db, f: AccountFilter, cap: number): Promise<number> {
  const w: SQL[] = [];
  if (f.orgId) w.push(eq(ledgerAccounts.orgId, f.orgId));
  if (f.code) w.push(eq(ledgerAccounts.code, f.code));
  const rows = await db.execute(sql`select count(*)::int as n from (select 1 from ledger_accounts ${w.length ? sql`where ${and(...w)}` : sql``} limit ${cap}) x`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

/** Accounts whose refKey starts with `prefix` and ends with `suffix`. */
export async function accountsByRefPrefix(db: Db, prefix: string, suffix: string): Promise<AccountRow[]> {
  return db
    .select()
    .from(ledgerAccounts)
    .where(sql`${ledgerAccounts.refKey} like ${prefix.replace(/[\\%_]/g, '\\$&') + '%'} and ${ledgerAccounts.refKey} like ${'%' + suffix.replace(/[\\%_]/g, '\\$&')}`)
    .orderBy(asc(ledgerAccounts.id));
}

/** The organizations a person belongs to. */
export async function orgIdsOfPerson(db: Db, personId: string): Promise<string[]> {
  const r = await db.execute(sql`select org_id from memberships where person_id = ${personId}`);
  return (r as unknown as { rows: { org_id: string }[] }).rows.map((x) => x.org_id);
}
