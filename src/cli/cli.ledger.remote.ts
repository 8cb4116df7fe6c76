// `pujiang remote ledger …`: the operator's grants CSV and monthly settlement against a running
// server, through the typed client, with an API token holding the scope ledger:write.
import type { ApiClient, Schemas } from '../shared/api-client.ts';
import { isId } from '../shared/ids.ts';
import { CliError, EXIT } from './cli.exit.ts';
import { checkPastPeriod, grantReport, parseGrantCsv, readCsvArg, settlementLines, type GrantOutcome } from './cli.ledger.parse.ts';
import { call, client, type RemoteOptions } from './cli.remote.ts';

// Rows per request: well under the server's body limit (1 MiB by default) with long reasons.
const CHUNK = 200;

const out = (s: string) => process.stdout.write(`${s}\n`);
const progress = (s: string) => process.stderr.write(`${s}\n`);

/** A program by id or code, and the server's clock when it answered (to tell new grants from old). */
async function findProgram(api: ApiClient, ref: string): Promise<{ program: Schemas['Program']; serverNow: number }> {
  const dated = async <T>(p: Promise<{ data?: T; error?: unknown; response: Response }>) => {
    const r = await p;
    const data = await call(Promise.resolve(r));
    // The Date header has whole seconds: a grant in the same second as this call counts as new.
    const date = Date.parse(r.response.headers.get('date') ?? '');
    return { data, serverNow: Number.isNaN(date) ? Date.now() : date };
  };
  if (isId('program', ref)) {
    const r = await dated(api.GET('/ledger/programs/{programId}', { params: { path: { programId: ref } } }));
    return { program: r.data, serverNow: r.serverNow };
  }
  let cursor: string | undefined;
  do {
    const r = await dated(api.GET('/ledger/programs', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
    const hit = r.data.items.find((p) => p.code.toLowerCase() === ref.toLowerCase());
    if (hit) return { program: hit, serverNow: r.serverNow };
    cursor = r.data.nextCursor ?? undefined;
  } while (cursor);
  throw new CliError(EXIT.notFound, 'not_found', `no program with the code or id ${ref}`);
}

/** `pujiang remote ledger grant`: the grants CSV through POST /ledger/programs/{id}/vouchers/batch. */
export async function remoteGrantCommand(o: RemoteOptions & { program: string; csv: string }): Promise<number> {
  const { rows, problems } = parseGrantCsv(await readCsvArg(o.csv));
  if (!rows.length && !problems.length) throw new CliError(EXIT.usage, 'bad_csv', 'the CSV has a header but no rows');
  const api = client(o);
  const { program, serverNow } = await findProgram(api, o.program);
  const started = serverNow - (serverNow % 1000);
  progress(`remote ledger grant: ${rows.length} row${rows.length === 1 ? '' : 's'} for ${program.code} ${program.name}${problems.length ? `, ${problems.length} unreadable` : ''}`);
  const outcomes: GrantOutcome[] = problems.map((p) => ({ line: p.line, orgId: '', amountFen: 0, key: null, status: 'failed', code: p.code, message: p.message }));
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const res = await call(
      api.POST('/ledger/programs/{programId}/vouchers/batch', {
        params: { path: { programId: program.id } },
        body: { grants: chunk.map((r) => ({ orgId: r.orgId, amountFen: r.amountFen, ...(r.reason ? { reason: r.reason } : {}), key: r.key })) },
      }),
    );
    for (const r of res.results) {
      const row = chunk[r.index]!;
      const base = { line: row.line, orgId: row.orgId, amountFen: row.amountFen, key: row.key };
      if (!r.ok || !r.voucher) outcomes.push({ ...base, status: 'failed', code: r.code ?? 'failed', message: r.message ?? '' });
      else outcomes.push({ ...base, status: Date.parse(r.voucher.grantedAt) >= started ? 'granted' : 'already_granted', voucherId: r.voucher.id });
    }
    progress(`remote ledger grant: ${Math.min(from + CHUNK, rows.length)}/${rows.length}`);
  }
  outcomes.sort((a, b) => a.line - b.line);
  const report = grantReport(program, outcomes);
  if (o.json) {
    out(
      JSON.stringify({
        program: { id: program.id, code: program.code, name: program.name },
        granted: outcomes.filter((x) => x.status === 'granted').length,
        alreadyGranted: outcomes.filter((x) => x.status === 'already_granted').length,
        failed: report.failed,
        grantedFen: outcomes.filter((x) => x.status === 'granted').reduce((s, x) => s + x.amountFen, 0),
        rows: outcomes,
      }),
    );
  } else for (const line of report.lines) out(line);
  return report.failed ? EXIT.failed : EXIT.ok;
}

/** `pujiang remote ledger settle`: POST /ledger/settlements for a month; prints the statements. */
export async function remoteSettleCommand(o: RemoteOptions & { period: string }): Promise<number> {
  const period = checkPastPeriod(o.period);
  const api = client(o);
  progress(`remote ledger settle: ${period}`);
  const r = await call(api.POST('/ledger/settlements', { body: { period } }));
  if (o.json) out(JSON.stringify({ period, statements: r.items }));
  else for (const line of settlementLines(period, r.items)) out(line);
  return EXIT.ok;
}
