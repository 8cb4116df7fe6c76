// What `pujiang ledger` reads and prints, without a database: the grants CSV (RFC 4180, as
// spreadsheets export it), amounts in yuan or fen, periods, and money for people to read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isId } from '../shared/ids.ts';
import { CliError, EXIT } from './cli.exit.ts';

/** One record of a CSV file and the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records: commas, double quotes ("" inside quotes is a quote), fields
 * spanning lines inside quotes, LF, CRLF or CR line ends, a UTF-8 byte order mark (Excel's).
 * Blank lines are skipped. An unterminated quote is a usage error naming its line.
 */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  let any = false; // the record has a character (so a blank line is no record)
  const endRecord = () => {
    fields.push(field);
    if (any) out.push({ line: start, fields });
    fields = [];
    field = '';
    any = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      any = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      if (!any) start = line;
      field += c;
      any = true;
    }
  }
  if (quoted) throw new CliError(EXIT.usage, 'bad_csv', `line ${quoteLine}: a quoted field is never closed`);
  endRecord();
  return out;
}

/** Yuan as written by people ("1,200,000", "¥99.5", "300000元") → fen; null when not an amount. */
export function yuanToFen(text: string): number | null {
  let t = text.trim().replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Fen → "1,234,567.89" (yuan). */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Checks a `YYYY-MM` period (a usage error otherwise). */
export function checkPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new CliError(EXIT.usage, 'usage', `--period: ${JSON.stringify(period)} is not a month YYYY-MM`);
  return period;
}

/** One grant read from the CSV, with the line it came from. */
export interface GrantLine {
  line: number;
  orgId: string;
  amountFen: number;
  reason?: string;
  key: string;
}

/** A row that cannot be granted, named by its line. */
export interface LineProblem {
  line: number;
  code: string;
  message: string;
}

// Header names, compared without case, spaces, dashes or underscores.
const COLUMNS: Record<string, 'orgId' | 'amountYuan' | 'amountFen' | 'reason' | 'key'> = {
  orgid: 'orgId',
  org: 'orgId',
  organizationid: 'orgId',
  amountyuan: 'amountYuan',
  yuan: 'amountYuan',
  amountfen: 'amountFen',
  fen: 'amountFen',
  reason: 'reason',
  key: 'key',
  idempotencykey: 'key',
};

const MAX_REASON = 500;
const MAX_KEY = 200;

/** The key of a row without one: a hash of what it grants, so a re-run grants it once. */
export function defaultKey(orgId: string, amountFen: number, reason: string | undefined): string {
  return `csv:${createHash('sha256').update(`${orgId}\n${amountFen}\n${reason ?? ''}`).digest('hex').slice(0, 40)}`;
}

/**
 * Reads the grants CSV: a header naming `orgId`, `amountYuan` or `amountFen`, optionally
 * `reason` and `key`, then one grant per line. A wrong header is a usage error; a wrong row is a
 * problem of its line (the others are still granted).
 */
export function parseGrantCsv(text: string): { rows: GrantLine[]; problems: LineProblem[] } {
  const records = parseCsv(text);
  const header = records.shift();
  if (!header) throw new CliError(EXIT.usage, 'bad_csv', 'the CSV is empty: its first line names the columns orgId, amountYuan (or amountFen), reason, key');
  const at: Partial<Record<(typeof COLUMNS)[string], number>> = {};
  header.fields.forEach((name, i) => {
    const col = COLUMNS[name.trim().toLowerCase().replace(/[\s_-]/g, '')];
    if (!col) throw new CliError(EXIT.usage, 'bad_csv', `line ${header.line}: unknown column ${JSON.stringify(name)}; the columns are orgId, amountYuan or amountFen, reason, key`);
    if (at[col] !== undefined) throw new CliError(EXIT.usage, 'bad_csv', `line ${header.line}: the column ${col} is named twice`);
    at[col] = i;
  });
  if (at.orgId === undefined) throw new CliError(EXIT.usage, 'bad_csv', `line ${header.line}: no orgId column`);
  if ((at.amountYuan === undefined) === (at.amountFen === undefined)) throw new CliError(EXIT.usage, 'bad_csv', `line ${header.line}: give one amount column, amountYuan or amountFen`);

  const rows: GrantLine[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, { line: number; explicit: boolean }>();
  for (const r of records) {
    const get = (i: number | undefined) => (i === undefined ? '' : (r.fields[i] ?? '').trim());
    const bad = (code: string, message: string) => problems.push({ line: r.line, code, message });
    if (r.fields.length > header.fields.length) {
      bad('bad_row', `${r.fields.length} fields for ${header.fields.length} columns (quote a field that holds a comma)`);
      continue;
    }
    const orgId = get(at.orgId);
    if (!orgId) {
      bad('bad_row', 'no orgId');
      continue;
    }
    if (!isId('organization', orgId)) {
      bad('bad_row', `${JSON.stringify(orgId)} is not an organization id (org_…; \`pujiang remote orgs --q <name>\` finds them)`);
      continue;
    }
    const rawAmount = at.amountYuan !== undefined ? get(at.amountYuan) : get(at.amountFen);
    const amountFen = at.amountYuan !== undefined ? yuanToFen(rawAmount) : /^\d+$/.test(rawAmount) && Number.isSafeInteger(Number(rawAmount)) ? Number(rawAmount) : null;
    if (amountFen === null || amountFen <= 0) {
      bad('bad_row', `amount ${JSON.stringify(rawAmount)} is not ${at.amountYuan !== undefined ? 'a positive amount in yuan with at most two decimals' : 'a positive whole number of fen'}`);
      continue;
    }
    const reason = get(at.reason) || undefined;
    if (reason && reason.length > MAX_REASON) {
      bad('bad_row', `the reason has ${reason.length} characters (at most ${MAX_REASON})`);
      continue;
    }
    const explicit = get(at.key);
    if (explicit.length > MAX_KEY) {
      bad('bad_row', `the key has ${explicit.length} characters (at most ${MAX_KEY})`);
      continue;
    }
    const key = explicit || defaultKey(orgId, amountFen, reason);
    const prior = seen.get(key);
    if (prior) {
      bad(
        'duplicate_row',
        explicit ? `the key ${JSON.stringify(explicit)} is also on line ${prior.line}` : `the same organization, amount and reason as line ${prior.line} (give each a key to grant both)`,
      );
      continue;
    }
    seen.set(key, { line: r.line, explicit: !!explicit });
    rows.push({ line: r.line, orgId, amountFen, ...(reason ? { reason } : {}), key });
  }
  return { rows, problems };
}

/** What happened to each line of a grants CSV. */
export interface GrantOutcome {
  line: number;
  orgId: string;
  amountFen: number;
  key: string | null;
  status: 'granted' | 'already_granted' | 'failed';
  voucherId?: string;
  code?: string;
  message?: string;
}

/** The report of a grants CSV: one line per failure, then the summary; for stdout. */
export function grantReport(program: { code: string; name: string }, outcomes: GrantOutcome[]): { lines: string[]; failed: number } {
  const sorted = [...outcomes].sort((a, b) => a.line - b.line);
  const failed = sorted.filter((o) => o.status === 'failed');
  const granted = sorted.filter((o) => o.status === 'granted');
  const already = sorted.filter((o) => o.status === 'already_granted');
  const lines = failed.map((o) => `line ${o.line}: ${o.code}: ${o.message}`);
  lines.push(
    `${program.code} ${program.name}: granted ${granted.length} voucher${granted.length === 1 ? '' : 's'} (${formatYuan(granted.reduce((s, o) => s + o.amountFen, 0))} yuan), ` +
      `${already.length} already granted before, ${failed.length} failed`,
  );
  return { lines, failed: failed.length };
}

/** The center keeps its books in China Standard Time (UTC+8). */
const centerMonthNow = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/** Reads the CSV named by --csv (`-`: standard input) before any database is opened. */
export async function readCsvArg(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(EXIT.usage, 'usage', `--csv: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** Checks --period and that the month has begun (a later one has nothing claimed in it yet). */
export function checkPastPeriod(period: string): string {
  checkPeriod(period);
  if (period > centerMonthNow()) throw new CliError(EXIT.usage, 'usage', `--period: ${period} has not begun yet`);
  return period;
}

/** The statements of a settlement run, one line each and a total; for stdout. */
export function settlementLines(period: string, statements: { id: string; providerName: string; orderCount: number; subsidyFen: number; ownFen: number; totalFen: number }[]): string[] {
  if (!statements.length) return [`nothing to settle for ${period}: no claimed order is waiting`];
  const w = Math.max(...statements.map((s) => s.providerName.length));
  const lines = statements.map(
    (s) =>
      `${s.id}  ${s.providerName.padEnd(w)}  ${`${s.orderCount} order${s.orderCount === 1 ? '' : 's'}`.padStart(10)}  ` +
      `total ${formatYuan(s.totalFen)}  (program ${formatYuan(s.subsidyFen)}, companies ${formatYuan(s.ownFen)})`,
  );
  const total = statements.reduce((sum, s) => sum + s.totalFen, 0);
  const orders = statements.reduce((sum, s) => sum + s.orderCount, 0);
  lines.push(`settled ${period}: ${statements.length} statement${statements.length === 1 ? '' : 's'}, ${orders} order${orders === 1 ? '' : 's'}, ${formatYuan(total)} yuan paid out to providers`);
  return lines;
}

