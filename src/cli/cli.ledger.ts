// `pujiang ledger …`: the operator's batch work on the books, on the configured database through
// the ledger desk's index: grant vouchers from a CSV, settle a month, reconcile, sweep what is
// due, list programs. Writes act as a named platform operator (--as), audited as that person.
import { systemCtx, type RequestCtx } from '../server/http/context.ts';
import type { Runtime } from '../server/runtime.ts';
import {
  expireDueOrders,
  expireDuePendings,
  expireDueVouchers,
  getProgram,
  grantVouchers,
  listPrograms,
  reconcile,
  runSettlement,
  type ProgramView,
} from '../server/modules/ledger/index.ts';
import { LEDGERS } from '../shared/enums.ts';
import { isId } from '../shared/ids.ts';
import { emailSchema, findPerson, out, parse, printJson, progress, withRuntime, type Output } from './cli.commands.ts';
import { CliError, EXIT } from './cli.exit.ts';
import { checkPastPeriod, formatYuan, grantReport, parseGrantCsv, readCsvArg, settlementLines, type GrantOutcome } from './cli.ledger.parse.ts';

const LEDGER_NAMES: Record<number, string> = { [LEDGERS.cny]: 'yuan', [LEDGERS.cny_quota]: 'yearly subsidy quotas, yuan' };

/** The day of an instant in China Standard Time, YYYY-MM-DD. */
const centerDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** A request context acting as the platform operator with this e-mail (exit 3 unknown, 1 not an operator). */
async function operatorCtx(rt: Runtime, email: string): Promise<RequestCtx> {
  const p = await findPerson(rt, email);
  if (p.disabled) throw new CliError(EXIT.failed, 'account_disabled', `${p.email} is disabled`);
  if (p.platformRole !== 'operator' && p.platformRole !== 'admin') {
    throw new CliError(EXIT.failed, 'forbidden', `${p.email} is not a platform operator (pujiang user grant --email ${p.email} --role operator)`);
  }
  return { ...systemCtx('cli'), actor: { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole, via: 'session', scopes: 'all' } };
}

/** A program by id (`prg_…`) or by code, or exit 3. */
async function findProgram(rt: Runtime, ref: string): Promise<ProgramView> {
  if (isId('program', ref)) return getProgram(rt.deps, ref);
  let cursor: string | undefined;
  do {
    const page = await listPrograms(rt.deps, {}, cursor, 200);
    const hit = page.items.find((p) => p.code.toLowerCase() === ref.toLowerCase());
    if (hit) return hit;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  throw new CliError(EXIT.notFound, 'not_found', `no program with the code or id ${ref} (pujiang ledger programs lists them)`);
}

/** `pujiang ledger programs`: every program with its terms and budget. */
export async function ledgerProgramsCommand(o: Output): Promise<number> {
  return withRuntime(async (rt) => {
    const all: ProgramView[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPrograms(rt.deps, {}, cursor, 200);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (o.json) printJson(all);
    else if (!all.length) out('no programs');
    else {
      const w = Math.max(...all.map((p) => p.code.length));
      for (const p of all) {
        out(
          `${p.code.padEnd(w)}  ${p.status.padEnd(6)}  ${(p.rateBp / 100).toFixed(p.rateBp % 100 ? 2 : 0).padStart(3)}%  cap ${formatYuan(p.capPerOrgYearFen)}/yr  ` +
            `budget ${formatYuan(p.budgetFen)}, granted ${formatYuan(p.grantedFen)}, available ${formatYuan(p.availableFen)}  ` +
            `${centerDate(Date.parse(p.validFrom))} to ${centerDate(Date.parse(p.validTo) - 1)}  ${p.name} · ${p.nameEn}  ${p.id}`,
        );
      }
    }
    return EXIT.ok;
  });
}

/**
 * `pujiang ledger grant`: grants one voucher per CSV row, each under its key (by default a hash
 * of the row), so running the file again grants nothing twice. Exit 1 when any row failed.
 */
export async function ledgerGrantCommand(o: Output & { program: string; csv: string; as: string }): Promise<number> {
  const email = parse(emailSchema, o.as, '--as');
  const { rows, problems } = parseGrantCsv(await readCsvArg(o.csv));
  if (!rows.length && !problems.length) throw new CliError(EXIT.usage, 'bad_csv', 'the CSV has a header but no rows');
  return withRuntime(async (rt) => {
    const ctx = await operatorCtx(rt, email);
    const program = await findProgram(rt, o.program);
    progress(`ledger grant: ${rows.length} row${rows.length === 1 ? '' : 's'} for ${program.code} ${program.name} as ${email}${problems.length ? `, ${problems.length} unreadable` : ''}`);
    const started = rt.deps.now().getTime();
    const every = Math.max(1, Math.ceil(rows.length / 20));
    const results = rows.length
      ? await grantVouchers(
          rt.deps,
          ctx,
          program.id,
          rows.map((r) => ({ orgId: r.orgId, amountFen: r.amountFen, ...(r.reason ? { reason: r.reason } : {}), key: r.key })),
          (done, total) => {
            if (done % every === 0 || done === total) progress(`ledger grant: ${done}/${total}`);
          },
        )
      : [];
    const outcomes: GrantOutcome[] = [
      ...problems.map((p) => ({ line: p.line, orgId: '', amountFen: 0, key: null, status: 'failed' as const, code: p.code, message: p.message })),
      ...results.map((r): GrantOutcome => {
        const row = rows[r.index]!;
        const base = { line: row.line, orgId: row.orgId, amountFen: row.amountFen, key: row.key };
        if (!r.ok) return { ...base, status: 'failed', code: r.code ?? 'failed', message: r.message ?? '' };
        // A key already answered returns the voucher it made then: granted before this run.
        return { ...base, status: new Date(r.voucher!.grantedAt).getTime() >= started ? 'granted' : 'already_granted', voucherId: r.voucher!.id };
      }),
    ].sort((a, b) => a.line - b.line);
    const report = grantReport(program, outcomes);
    if (o.json) {
      printJson({
        program: { id: program.id, code: program.code, name: program.name },
        granted: outcomes.filter((x) => x.status === 'granted').length,
        alreadyGranted: outcomes.filter((x) => x.status === 'already_granted').length,
        failed: report.failed,
        grantedFen: outcomes.filter((x) => x.status === 'granted').reduce((s, x) => s + x.amountFen, 0),
        rows: outcomes,
      });
    } else for (const line of report.lines) out(line);
    return report.failed ? EXIT.failed : EXIT.ok;
  });
}

/** `pujiang ledger settle`: pays providers every claimed order of the month, one statement each. */
export async function ledgerSettleCommand(o: Output & { period: string; as: string }): Promise<number> {
  const period = checkPastPeriod(o.period);
  const email = parse(emailSchema, o.as, '--as');
  return withRuntime(async (rt) => {
    const ctx = await operatorCtx(rt, email);
    progress(`ledger settle: ${period} as ${email}`);
    const statements = await runSettlement(rt.deps, ctx, period, (done, total) => progress(`ledger settle: ${done}/${total} providers`));
    if (o.json) printJson({ period, statements });
    else for (const line of settlementLines(period, statements)) out(line);
    return EXIT.ok;
  });
}

/** `pujiang ledger reconcile`: recomputes every balance from the transfers; exit 1 when the books disagree. */
export async function ledgerReconcileCommand(o: Output): Promise<number> {
  return withRuntime(async (rt) => {
    progress('ledger reconcile: recomputing every balance from every transfer');
    const r = await reconcile(rt.deps);
    if (o.json) printJson(r);
    else {
      out(`${r.ok ? 'books reconcile' : 'books DO NOT reconcile'}: ${r.transfers} transfers, ${r.accounts} accounts, ${r.pendingOpen} pending open (${(r.ms / 1000).toFixed(1)} s)`);
      for (const l of r.ledgers) {
        out(
          `  ledger ${l.ledger} (${LEDGER_NAMES[l.ledger] ?? '?'}): debits ${formatYuan(l.debitsPosted)} ${l.debitsPosted === l.creditsPosted ? '=' : '≠'} credits ${formatYuan(l.creditsPosted)}, ` +
            `pending ${formatYuan(l.debitsPending)} ${l.debitsPending === l.creditsPending ? '=' : '≠'} ${formatYuan(l.creditsPending)}${l.balanced ? '' : '  UNBALANCED'}`,
        );
      }
      for (const m of r.mismatches) out(`  account ${m.id}: stored ${JSON.stringify(m.stored)}, from transfers ${JSON.stringify(m.computed)}`);
      for (const b of r.ruleBreaks) out(`  rule broken: ${b}`);
    }
    return r.ok ? EXIT.ok : EXIT.failed;
  });
}

/** `pujiang ledger sweep`: expires lapsed orders, vouchers and pending transfers now (the jobs do it on time). */
export async function ledgerSweepCommand(o: Output & { as?: string }): Promise<number> {
  const email = o.as !== undefined ? parse(emailSchema, o.as, '--as') : undefined;
  return withRuntime(async (rt) => {
    const ctx = email ? await operatorCtx(rt, email) : systemCtx('cli');
    const ordersExpired = await expireDueOrders(rt.deps, ctx);
    progress(`ledger sweep: ${ordersExpired} orders expired`);
    const vouchersExpired = await expireDueVouchers(rt.deps, ctx);
    progress(`ledger sweep: ${vouchersExpired} vouchers expired`);
    let pendingsExpired = 0;
    for (;;) {
      const n = (await expireDuePendings(rt.deps, ctx)).length;
      pendingsExpired += n;
      if (n < 1000) break;
    }
    if (o.json) printJson({ ordersExpired, vouchersExpired, pendingsExpired });
    else out(`swept: ${ordersExpired} orders, ${vouchersExpired} vouchers and ${pendingsExpired} pending transfers expired`);
    return EXIT.ok;
  });
}
