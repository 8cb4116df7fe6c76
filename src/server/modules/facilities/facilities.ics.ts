// iCalendar (RFC 5545) writer for schedule feeds: CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped, times in UTC.

/** One event of a feed. */
export interface IcsEvent {
  /** Globally unique and stable: a calendar client updates the event it already has. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** When the event's information was last revised (DTSTAMP). */
  stamp: Date;
  /** Revision number (the schedule version), so that clients take a moved block. */
  sequence?: number;
  cancelled?: boolean;
}

/** The media type of the feeds. */
export const ICS_TYPE = 'text/calendar; charset=utf-8';

/** An instant as a UTC DATE-TIME (YYYYMMDDTHHMMSSZ). */
export function icsTime(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (backslash, semicolon, comma, newlines). */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (curBytes + n > limit) {
      out.push(cur);
      cur = '';
      curBytes = 0;
      // continuation lines carry a leading space, which counts toward their 75 octets
      limit = 74;
    }
    cur += ch;
    curBytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** Writes a VCALENDAR with the events. */
export function buildCalendar(o: { name: string; description?: string; events: IcsEvent[] }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pujiang//Facility schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(o.name)}`];
  if (o.description) lines.push(`X-WR-CALDESC:${icsText(o.description)}`);
  for (const e of o.events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${icsTime(e.stamp)}`, `DTSTART:${icsTime(e.start)}`, `DTEND:${icsTime(e.end)}`, `SUMMARY:${icsText(e.summary)}`);
    if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
    if (e.location) lines.push(`LOCATION:${icsText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${icsText(e.description)}`);
    lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
