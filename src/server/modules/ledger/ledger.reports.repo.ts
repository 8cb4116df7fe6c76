// SQL of the ledger's reports. A cohort is the vouchers of a program granted in one year (China
// Standard Time); every figure is one aggregate query over the cohort's voucher accounts and
// their transfers, so a program of 100,000 vouchers is summed by the database, not in a loop.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ProgramKind } from '../../../shared/enums.ts';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const num = (v: unknown) => Number(v ?? 0);

/** The flows of a cohort (or of a part of it), in fen. */
export interface CohortFlows {
  vouchers: number;
  /** Distinct companies holding the vouchers. */
  companies: number;
  issuedFen: number;
  redeemedFen: number;
  expiredFen: number;
  clawedBackFen: number;
  /** Σ (credits_posted − debits_posted) of the voucher accounts, read from the accounts. */
  balanceFen: number;
  /** Σ debits_pending of the voucher accounts: reserved by confirmed, unaccepted orders. */
  reservedFen: number;
}

export interface ProgramFlowRow extends CohortFlows {
  /** null on the totals row. */
  programId: string | null;
}

export interface CompanyFlowRow extends CohortFlows {
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
}

export interface ProviderRow {
  providerId: string;
  providerName: string;
  providerNameEn: string | null;
  orders: number;
  subsidyFen: number;
  ownFen: number;
  totalFen: number;
}

export interface MonthRow {
  month: string;
  issuedFen: number;
  redeemedFen: number;
}

export interface ProgramBasics {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: ProgramKind;
}

/** The flows of an empty cohort. */
export const NO_FLOWS: CohortFlows = { vouchers: 0, companies: 0, issuedFen: 0, redeemedFen: 0, expiredFen: 0, clawedBackFen: 0, balanceFen: 0, reservedFen: 0 };

/** The cohort: vouchers granted in [from, to), of one program or of all. */
function cohort(from: Date, to: Date, programId?: string): SQL {
  return sql`
    select v.id, v.program_id, v.org_id, v.account_id
      from ledger_vouchers v
     where v.granted_at >= ${from.toISOString()}::timestamptz and v.granted_at < ${to.toISOString()}::timestamptz
       ${programId ? sql`and v.program_id = ${programId}` : sql``}`;
}

/**
 * The flows of a cohort grouped by program or by company, plus a totals row (key ''). Each side
 * is aggregated straight to the groups, never to one row per voucher: the balances from the
 * accounts; the grants credited (single or posted); and posted subsidy, expiries and clawbacks
 * debited (an expiry is a single transfer; `expire`-kind transfers only release reservations and
 * move no posted money). The company count of the totals row is of distinct companies.
 */
async function cohortFlows(db: Db, by: 'program_id' | 'org_id', from: Date, to: Date, programId?: string): Promise<Map<string, CohortFlows>> {
  const key = sql.raw(`v.${by}`);
  const groups = sql`group by grouping sets ((${key}), ())`;
  const r = await db.execute(sql`
    with v as (${cohort(from, to, programId)}),
    bal as (
      select coalesce(${key}, '') as k, count(*)::bigint as vouchers, count(distinct v.org_id)::bigint as companies,
             sum(a.credits_posted - a.debits_posted)::bigint as balance, sum(a.debits_pending)::bigint as reserved
        from v join ledger_accounts a on a.id = v.account_id
       ${groups}
    ),
    cr as (
      select coalesce(${key}, '') as k, sum(t.amount)::bigint as issued
        from ledger_transfers t join v on v.account_id = t.credit_account_id
       where t.code = 'grant' and t.kind in ('single', 'post')
       ${groups}
    ),
    dr as (
      select coalesce(${key}, '') as k,
             sum(t.amount) filter (where t.code = 'subsidy' and t.kind = 'post')::bigint as redeemed,
             sum(t.amount) filter (where t.code = 'expire' and t.kind = 'single')::bigint as expired,
             sum(t.amount) filter (where t.code = 'clawback' and t.kind in ('single', 'post'))::bigint as clawed
        from ledger_transfers t join v on v.account_id = t.debit_account_id
       where t.code in ('subsidy', 'expire', 'clawback')
       ${groups}
    )
    select bal.k, bal.vouchers, bal.companies, bal.balance, bal.reserved, cr.issued, dr.redeemed, dr.expired, dr.clawed
      from bal left join cr on cr.k = bal.k left join dr on dr.k = bal.k`);
  return new Map(
    rowsOf<Record<string, unknown>>(r).map((x) => [
      x.k as string,
      {
        vouchers: num(x.vouchers),
        companies: num(x.companies),
        issuedFen: num(x.issued),
        redeemedFen: num(x.redeemed),
        expiredFen: num(x.expired),
        clawedBackFen: num(x.clawed),
        balanceFen: num(x.balance),
        reservedFen: num(x.reserved),
      },
    ]),
  );
}

/** The flows of each program's cohort of [from, to), and a totals row (programId null). */
export async function programFlows(db: Db, from: Date, to: Date): Promise<ProgramFlowRow[]> {
  const flows = await cohortFlows(db, 'program_id', from, to);
  return [...flows].map(([k, f]) => ({ programId: k === '' ? null : k, ...f }));
}

/** One program's cohort of [from, to): its totals and its flows per company, largest grant first. */
export async function companyFlows(db: Db, programId: string, from: Date, to: Date): Promise<{ total: ProgramFlowRow; companies: CompanyFlowRow[] }> {
  const flows = await cohortFlows(db, 'org_id', from, to, programId);
  const total = flows.get('');
  flows.delete('');
  const names = await db.execute(sql`select id, name, name_en from organizations where id = any(${sql.param([...flows.keys()])}::text[])`);
  const nameOf = new Map(rowsOf<{ id: string; name: string; name_en: string | null }>(names).map((o) => [o.id, o]));
  const companies = [...flows]
    .map(([orgId, f]) => ({ orgId, orgName: nameOf.get(orgId)?.name ?? orgId, orgNameEn: nameOf.get(orgId)?.name_en ?? null, ...f }))
    .sort((a, b) => b.issuedFen - a.issuedFen || (a.orgId < b.orgId ? -1 : 1));
  return { total: { programId, ...(total ?? NO_FLOWS) }, companies };
}

/** Orders paid by the cohort's vouchers whose delivery was accepted (accepted, claimed, settled), per provider. */
export async function providerFlows(db: Db, programId: string, from: Date, to: Date): Promise<ProviderRow[]> {
  const r = await db.execute(sql`
    with v as (${cohort(from, to, programId)})
    select o.provider_id, po.name as provider_name, po.name_en as provider_name_en, count(*)::bigint as orders,
           coalesce(sum(o.subsidy_fen), 0)::bigint as subsidy, coalesce(sum(o.own_fen), 0)::bigint as own,
           coalesce(sum(o.total_fen), 0)::bigint as total
      from ledger_orders o join v on v.id = o.voucher_id
      join ledger_providers p on p.id = o.provider_id join organizations po on po.id = p.org_id
     where o.status in ('accepted', 'claimed', 'settled')
     group by o.provider_id, po.name, po.name_en
     order by subsidy desc, o.provider_id`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({
    providerId: x.provider_id as string,
    providerName: x.provider_name as string,
    providerNameEn: (x.provider_name_en as string | null) ?? null,
    orders: num(x.orders),
    subsidyFen: num(x.subsidy),
    ownFen: num(x.own),
    totalFen: num(x.total),
  }));
}

/** Grants and posted subsidy of one program's cohort by month (YYYY-MM, UTC+8) of the transfer. */
export async function monthFlows(db: Db, programId: string, from: Date, to: Date): Promise<MonthRow[]> {
  // The center's month of an instant: shift the UTC wall clock by eight hours (no daylight saving).
  const month = sql`to_char((t.created_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;
  const r = await db.execute(sql`
    with v as (${cohort(from, to, programId)}),
    moves as (
      select ${month} as month, t.amount as issued, 0::bigint as redeemed
        from ledger_transfers t join v on v.account_id = t.credit_account_id
       where t.code = 'grant' and t.kind in ('single', 'post')
      union all
      select ${month} as month, 0::bigint as issued, t.amount as redeemed
        from ledger_transfers t join v on v.account_id = t.debit_account_id
       where t.code = 'subsidy' and t.kind = 'post'
    )
    select month, sum(issued)::bigint as issued, sum(redeemed)::bigint as redeemed
      from moves group by month order by month`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({ month: x.month as string, issuedFen: num(x.issued), redeemedFen: num(x.redeemed) }));
}

/**
 * The programs a year's report lists: those valid at some time in [from, to), and any other with
 * vouchers granted then (its dates may have been changed since).
 */
export async function programsOfYear(db: Db, from: Date, to: Date): Promise<ProgramBasics[]> {
  const r = await db.execute(sql`
    select p.id, p.code, p.name, p.name_en, p.kind from ledger_programs p
     where (p.valid_from < ${to.toISOString()}::timestamptz and p.valid_to > ${from.toISOString()}::timestamptz)
        or exists (select 1 from ledger_vouchers v where v.program_id = p.id
                     and v.granted_at >= ${from.toISOString()}::timestamptz and v.granted_at < ${to.toISOString()}::timestamptz)
     order by p.code`);
  return rowsOf<Record<string, unknown>>(r).map(programBasics);
}

/** A program's code, names and kind. */
export async function programBasicsById(db: Db, id: string): Promise<ProgramBasics | undefined> {
  const r = await db.execute(sql`select id, code, name, name_en, kind from ledger_programs where id = ${id}`);
  const x = rowsOf<Record<string, unknown>>(r)[0];
  return x ? programBasics(x) : undefined;
}

function programBasics(x: Record<string, unknown>): ProgramBasics {
  return { id: x.id as string, code: x.code as string, name: x.name as string, nameEn: x.name_en as string, kind: x.kind as ProgramKind };
}
