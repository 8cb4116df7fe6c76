// Files the API answers (CSV and XLSX exports): read as blobs through the typed client, so that a
// refusal shows as an error on the screen instead of a problem document opened in the browser.
import { call } from '../api/client.ts';

/** A file the API answered, with the name its Content-Disposition gives. */
export interface Download {
  blob: Blob;
  filename: string;
}

function filenameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // a malformed name: the plain one, or the fallback
    }
  }
  return /filename="([^"]+)"/i.exec(cd)?.[1] ?? fallback;
}

/** Waits for a `parseAs: 'blob'` call of the typed client and names the file it answered. */
export async function download(p: Promise<{ data?: unknown; error?: unknown; response: Response }>, fallback: string): Promise<Download> {
  const r = await p;
  const blob = await call(Promise.resolve(r as { data?: Blob; error?: unknown; response: Response }));
  return { blob, filename: filenameOf(r.response, fallback) };
}

/** Hands a downloaded file to the browser to save. */
export function saveFile({ blob, filename }: Download): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file by the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
