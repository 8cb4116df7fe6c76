// Helpers of the facility end-to-end tests: the in-process app over an already opened runtime
// (so that the fixtures of test/support/facilities.ts can seed the store a real server process
// then starts on), a small real PDF, and reading an iCalendar file.
import type { Runtime } from '../../src/server/runtime.ts';
import { appOver, type TestApp } from './app.ts';

/**
 * A TestApp over `rt` (its store, its clock): requests go through app.request() in this process.
 * Its clock cannot be moved (`advance` throws): the store is shared with a real server.
 */
export function runtimeApp(rt: Runtime): TestApp {
  return appOver(rt, () => {
    throw new Error('runtimeApp: the clock of a shared store does not move');
  });
}

/** A small but well-formed one-page PDF (it starts with the %PDF- signature the upload checks). */
export function tinyPdf(text = 'Beamtime proposal'): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The VEVENTs of an iCalendar text (lines unfolded), each as its property map. */
export function icsEvents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') cur = {};
    else if (line === 'END:VEVENT') {
      if (cur) events.push(cur);
      cur = null;
    } else if (cur) {
      const i = line.indexOf(':');
      if (i > 0) cur[line.slice(0, i).split(';')[0]!] = line.slice(i + 1);
    }
  }
  return events;
}

/** An instant as an iCalendar UTC DATE-TIME (YYYYMMDDTHHMMSSZ). */
export function icsUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
