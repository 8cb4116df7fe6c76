// Money on screen: amounts travel as integer fen and are shown as yuan with two decimals.
import type { Locale } from '../../shared/enums.ts';

const formatters = new Map<Locale, Intl.NumberFormat>();

/** Formats fen as yuan, e.g. 123456 → "¥1,234.56". */
export function formatFen(fen: number, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(locale, f);
  }
  return f.format(fen / 100);
}

/** Parses a yuan amount typed by a person ("1,234.5") into fen; null when it is not one. */
export function parseYuan(text: string): number | null {
  const s = text.replace(/[,\s¥￥]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Basis points as a percentage, e.g. 3000 → "30%". */
export function formatRate(bp: number): string {
  return `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`;
}
