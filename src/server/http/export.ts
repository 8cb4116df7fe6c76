// Tables as files to download: CSV (for Excel: a byte order mark, sections with a title line,
// cells safe from formula injection) and XLSX (write-excel-file). Shared by every desk's exports.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';

export type ExportFormat = 'csv' | 'xlsx';

/** A file to download. */
export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a column's values are written: text, integers, decimals with two places, or fen as yuan. */
export type Kind = 'text' | 'int' | 'dec' | 'yuan';
export type Value = string | number | null;

export interface Column {
  header: string;
  kind: Kind;
  width?: number;
}

/** One table: a sheet of the workbook, a section of the CSV. */
export interface Table {
  /** The sheet's name (≤ 31 characters, no []:*?/\\). */
  sheet: string;
  /** The section's title line in the CSV. */
  title: string;
  columns: Column[];
  rows: Value[][];
  /** A key/value table: the kind of each row's value (column 2), which differs row by row. */
  valueKinds?: Kind[];
}

const kindOf = (t: Table, row: number, col: number): Kind => (col === 1 && t.valueKinds ? t.valueKinds[row]! : t.columns[col]!.kind);

/** Fen as yuan with two decimals, exactly (integer arithmetic, no float rounding). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. Text
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
 * (OWASP's advice against CSV injection); numbers and amounts are written as they are.
 */
export function csvField(v: Value, kind: Kind = 'text'): string {
  if (v === null) return '';
  let s = kind === 'yuan' ? yuan(v as number) : kind === 'dec' ? (v as number).toFixed(2) : String(v);
  if (kind === 'text' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: string[]) => `${cells.join(',')}\r\n`;

/**
 * A CSV of sections, for Excel: a byte order mark (so that Excel reads UTF-8 Chinese), then per
 * table a title line `[名称 / Name]`, the header line and the rows; a blank line between tables.
 */
export function toCsv(tables: Table[]): Uint8Array {
  let out = '\uFEFF';
  tables.forEach((t, i) => {
    if (i > 0) out += '\r\n';
    out += csvLine([csvField(`[${t.title}]`)]);
    out += csvLine(t.columns.map((c) => csvField(c.header)));
    t.rows.forEach((r, n) => (out += csvLine(t.columns.map((_c, k) => csvField(r[k] ?? null, kindOf(t, n, k))))));
  });
  return new TextEncoder().encode(out);
}

function xlsxCell(v: Value, kind: Kind): Cell {
  if (v === null || v === '') return null;
  // Amounts are numbers of yuan shown with two decimals (exact to the fen below 2^53 fen).
  if (kind === 'yuan') return { value: (v as number) / 100, type: Number, format: '#,##0.00' };
  if (kind === 'int') return { value: v as number, type: Number, format: '0' };
  if (kind === 'dec') return { value: v as number, type: Number, format: '0.00' };
  // Text stays text: never a formula, whatever it starts with.
  return { value: String(v), type: String };
}

/** A workbook with one sheet per table, each with a bold header row that stays in view. */
export async function toXlsx(tables: Table[]): Promise<Uint8Array> {
  const sheets: Sheet<Buffer>[] = tables.map((t) => ({
    sheet: t.sheet,
    stickyRowsCount: 1,
    columns: t.columns.map((c) => ({ width: c.width ?? (c.kind === 'text' ? 28 : 18) })),
    data: [
      t.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const })),
      ...t.rows.map((r, n) => t.columns.map((_c, k) => xlsxCell(r[k] ?? null, kindOf(t, n, k)))),
    ],
  }));
  return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

/** The tables as a file body in the format asked for. */
export function renderTables(tables: Table[], format: ExportFormat): Promise<Uint8Array> | Uint8Array {
  return format === 'csv' ? toCsv(tables) : toXlsx(tables);
}
