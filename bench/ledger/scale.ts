// Loads many transfers into PostgreSQL fast for the reconciliation benchmark: INSERT … SELECT from
// generate_series through the real ledger_transfers table, so that the statement trigger checks
// every row and applies the balances exactly as the ledger core's own inserts do.
import { openAccountIn } from '../../src/server/modules/ledger/ledger.service.ts';
import { sql, type Database } from '../../src/server/db/client.ts';

/** Accounts of the scale load; each loader has its own half, so two loaders never wait on each other's locks. */
const SCALE_ACCOUNTS = 1000;
const LOADERS = 2;

export interface ScaleLoad {
  transfers: number;
  accounts: number;
  seconds: number;
}

/**
 * Inserts `total` transfers in statements of `chunk` rows, LOADERS statements at a time. Every
 * tenth row is a pending transfer and the next row posts or voids it (same statement); the rest
 * are single transfers. Debits come only from accounts without a balance rule, so no row breaks
 * one; half of the credited accounts keep `debits_must_not_exceed_credits`.
 */
export async function loadScale(db: Database, total: number, chunk: number, log: (line: string) => void): Promise<ScaleLoad> {
  if (chunk % 10 !== 0) throw new Error('chunk must be a multiple of 10 (a pending and its resolution share a statement)');
  const half = SCALE_ACCOUNTS / LOADERS;
  const debitors = half / 2;
  const now = new Date();
  // Per loader: its half of the accounts, the first `debitors` of which may go below zero.
  const ids: string[][] = await db.db.transaction(async (tx) => {
    const out: string[][] = [];
    for (let l = 0; l < LOADERS; l++) {
      const mine: string[] = [];
      for (let i = 0; i < half; i++) {
        const rule = i < debitors ? 'none' : 'debits_must_not_exceed_credits';
        mine.push((await openAccountIn(tx, { code: 'general', rule, name: `scale ${l}.${i}` }, now)).id);
      }
      out.push(mine);
    }
    return out;
  });
  const chunks = Math.ceil(total / chunk);
  let done = 0;
  const t0 = performance.now();
  const loader = async (l: number) => {
    const accounts = sql.param(ids[l]!);
    for (let k = l; k < chunks; k += LOADERS) {
      const lo = k * chunk;
      const hi = Math.min(total, lo + chunk) - 1;
      // b: the row's base (a resolution takes its pending's accounts and amount); d, c: 1-based
      // positions in this loader's accounts, never equal.
      await db.rows(sql`
        insert into ledger_transfers (id, kind, ledger, code, debit_account_id, credit_account_id, amount, released, pending_id, created_by, created_at)
        select 'tr_S' || lpad(g::text, 12, '0'),
               case when g % 10 = 0 then 'pending' when g % 10 = 1 then (case when (g / 10) % 2 = 0 then 'post' else 'void' end) else 'single' end,
               156, 'transfer',
               (${accounts}::text[])[(1 + d)::int],
               (${accounts}::text[])[(1 + (d + 1 + (b * 7919) % ${half - 1}) % ${half})::int],
               amt,
               case when g % 10 = 1 then amt else 0 end,
               case when g % 10 = 1 then 'tr_S' || lpad((g - 1)::text, 12, '0') end,
               'bench', now()
          from generate_series(${lo}::bigint, ${hi}::bigint) g,
               lateral (select g - (case when g % 10 = 1 then 1 else 0 end) as b) base,
               lateral (select (b * 104729) % ${debitors} as d, 1 + (b * 2654435761) % 100000 as amt) pick`);
      done += hi - lo + 1;
      const s = (performance.now() - t0) / 1000;
      log(`  loaded ${done.toLocaleString('en-US').padStart(12)} transfers in ${s.toFixed(1).padStart(6)} s (${Math.round(done / s).toLocaleString('en-US')} /s)`);
    }
  };
  await Promise.all(Array.from({ length: LOADERS }, (_, l) => loader(l)));
  return { transfers: done, accounts: SCALE_ACCOUNTS, seconds: (performance.now() - t0) / 1000 };
}
