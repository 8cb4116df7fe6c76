// Outgoing mail: written to the outbox in the caller's transaction, sent by a background job
// through SMTP when configured, otherwise held in the outbox for the web app to show.
import nodemailer from 'nodemailer';
import { newId } from '../../shared/ids.ts';
import type { Db } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { findMail, insertMail, updateMail } from './mail.repo.ts';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Delivery attempts before a mail is marked failed (the job's backoff spreads them over ~4 minutes). */
export const MAIL_ATTEMPTS = 8;

/** Queues a mail; it is sent (or held) after the transaction commits. */
export async function queueMail(tx: Db, deps: Pick<Deps, 'jobs' | 'now'>, mail: Mail): Promise<string> {
  const id = newId('mail');
  await insertMail(tx, { id, toAddress: mail.to.toLowerCase(), subject: mail.subject, body: mail.body, createdAt: deps.now() });
  await deps.jobs.enqueue(tx, 'mail.send', { mailId: id }, { maxAttempts: MAIL_ATTEMPTS });
  return id;
}

/** Registers the job that delivers queued mail. */
export function registerMailJobs(deps: Deps): void {
  // Timeouts well under the job lock (5 minutes): a hung server must fail the attempt before
  // another worker reclaims the job and sends the mail twice. Parameters in the URL still win.
  const transport = deps.config.smtpUrl
    ? nodemailer.createTransport({ url: deps.config.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 })
    : undefined;
  deps.jobs.register('mail.send', async (payload, job) => {
    const id = String(payload.mailId);
    const m = await findMail(deps.db.db, id);
    if (!m || m.status === 'sent' || m.status === 'held') return;
    if (!transport) {
      await updateMail(deps.db.db, id, { status: 'held' });
      return;
    }
    // An operator retried a job that had given up: the mail is pending again, not failed.
    if (m.status === 'failed') await updateMail(deps.db.db, id, { status: 'pending' });
    try {
      await transport.sendMail({ from: deps.config.mailFrom, to: m.toAddress, subject: m.subject, text: m.body });
    } catch (err) {
      // After the last attempt the job is buried: say so on the mail too.
      await updateMail(deps.db.db, id, {
        lastError: err instanceof Error ? err.message.slice(0, 1000) : String(err),
        ...(job.attempt >= MAIL_ATTEMPTS ? { status: 'failed' as const } : {}),
      });
      throw err;
    }
    await updateMail(deps.db.db, id, { status: 'sent', sentAt: deps.now(), lastError: null });
  });
}

export { listMail, countMail, type MailRow } from './mail.repo.ts';
