// Mail through a real SMTP server (smtp-server on a local port): delivery by the job runner,
// retries with backoff while the server is down, and the outbox when no SMTP is configured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { testApp, uniqueEmail, type TestApp } from '../../../test/support/app.ts';
import { getJob, listJobs, requeueJob } from '../jobs/jobs.repo.ts';
import { queueMail, type Mail } from './mail.service.ts';
import { outbox } from './mail.table.ts';

interface Received {
  from: string;
  to: string[];
  headers: Map<string, string>;
  text: string;
}

const received: Received[] = [];
let smtp: SMTPServer | undefined;
let port = 0;
let t: TestApp;

/** Starts the SMTP server: plain, no TLS, no auth (an internal relay); on `port` if given. */
async function startSmtp(onPort = 0): Promise<number> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(onPort, '127.0.0.1', () => resolve());
  });
  smtp = server;
  return (server.server.address() as AddressInfo).port;
}

async function stopSmtp(): Promise<void> {
  const s = smtp;
  smtp = undefined;
  if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
}

/** Headers (unfolded, encoded words decoded) and the text body of a single-part message. */
function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).trim().toLowerCase(), decodeWords(line.slice(i + 1).trim()));
  }
  let body = raw.slice(split + 4);
  const cte = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (cte === 'quoted-printable') body = decodeQp(body);
  return { headers, text: body.replace(/\r\n$/, '').replace(/\r\n/g, '\n') };
}

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_m, _cs: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
    );
}

before(async () => {
  port = await startSmtp();
  t = await testApp({ PUJIANG_SMTP_URL: `smtp://127.0.0.1:${port}`, PUJIANG_MAIL_FROM: 'Pujiang <no-reply@pujiang.test>' });
});

after(async () => {
  await t?.close();
  await stopSmtp();
});

async function queue(app: TestApp, mail: Mail): Promise<string> {
  return app.deps.db.db.transaction((tx) => queueMail(tx, app.deps, mail));
}

async function mailRow(app: TestApp, id: string) {
  const [m] = await app.deps.db.db.select().from(outbox).where(eq(outbox.id, id));
  assert.ok(m, `outbox row ${id}`);
  return m;
}

async function jobOf(app: TestApp, mailId: string) {
  const jobs = await listJobs(app.deps.db.db, undefined, undefined, 100);
  const job = jobs.find((j) => j.kind === 'mail.send' && j.payload.mailId === mailId);
  assert.ok(job, `the job of ${mailId}`);
  return job;
}

test('a queued mail is delivered through SMTP by the job runner', async () => {
  const to = uniqueEmail('smtp');
  const body = '您好，\n\n您已被邀请加入上海光源用户办公室。\nYou have been invited to the SSRF user office.\n\nhttps://pujiang.test/invitations/abc';
  const id = await queue(t, { to: to.toUpperCase(), subject: '邀请 · Invitation to SSRF', body });
  assert.equal((await mailRow(t, id)).status, 'pending');
  const before = received.length;
  assert.ok((await t.rt.runner.runOnce()) >= 1);
  assert.equal(received.length, before + 1);
  const got = received.at(-1)!;
  assert.deepEqual(got.to, [to]);
  assert.equal(got.from, 'no-reply@pujiang.test');
  assert.equal(got.headers.get('to'), to);
  assert.equal(got.headers.get('subject'), '邀请 · Invitation to SSRF');
  assert.equal(got.text, body);
  const row = await mailRow(t, id);
  assert.equal(row.status, 'sent');
  assert.ok(row.sentAt);
  assert.equal(row.lastError, null);
  assert.equal((await jobOf(t, id)).status, 'done');
});

test('while the SMTP server is down the job is retried with backoff, then delivered', async () => {
  await stopSmtp();
  const to = uniqueEmail('smtp');
  const id = await queue(t, { to, subject: 'Beamtime allocated', body: 'Station BL17U1: 3 shifts.' });
  const before = received.length;
  const ranAt = t.deps.now();
  await t.rt.runner.runOnce();
  const failed = await getJob(t.deps.db.db, (await jobOf(t, id)).id);
  assert.ok(failed);
  assert.equal(failed.status, 'queued');
  assert.equal(failed.attempts, 1);
  assert.ok(failed.runAt.getTime() > ranAt.getTime(), 'the retry waits');
  assert.ok(failed.lastError && failed.lastError.length > 0);
  const pending = await mailRow(t, id);
  assert.equal(pending.status, 'pending');
  assert.match(pending.lastError ?? '', /ECONNREFUSED|connect/i);
  // Not yet due: a run now does not touch it.
  await t.rt.runner.runOnce();
  assert.equal((await getJob(t.deps.db.db, failed.id))!.attempts, 1);

  await startSmtp(port);
  t.advance(failed.runAt.getTime() - t.deps.now().getTime() + 1000);
  await t.rt.runner.runOnce();
  assert.equal(received.length, before + 1);
  assert.deepEqual(received.at(-1)!.to, [to]);
  assert.equal(received.at(-1)!.text, 'Station BL17U1: 3 shifts.');
  const sent = await mailRow(t, id);
  assert.equal(sent.status, 'sent');
  assert.equal(sent.lastError, null);
  const done = (await getJob(t.deps.db.db, failed.id))!;
  assert.equal(done.status, 'done');
  assert.equal(done.attempts, 2);
});

test('a mail that cannot be delivered after every attempt is marked failed', async () => {
  await stopSmtp();
  const id = await queue(t, { to: uniqueEmail('smtp'), subject: 'Never arrives', body: 'x' });
  const jobId = (await jobOf(t, id)).id;
  for (let i = 0; i < 20; i++) {
    const job = (await getJob(t.deps.db.db, jobId))!;
    if (job.status === 'dead') break;
    t.advance(Math.max(0, job.runAt.getTime() - t.deps.now().getTime()) + 1000);
    await t.rt.runner.runOnce();
  }
  const job = (await getJob(t.deps.db.db, jobId))!;
  assert.equal(job.status, 'dead');
  assert.equal(job.attempts, job.maxAttempts);
  const row = await mailRow(t, id);
  assert.equal(row.status, 'failed');
  assert.match(row.lastError ?? '', /ECONNREFUSED|connect/i);
  await startSmtp(port);
  // An operator retries the dead job once the server is back: the mail goes out.
  await requeueJob(t.deps.db.db, jobId, t.deps.now());
  await t.rt.runner.runOnce();
  const resent = await mailRow(t, id);
  assert.equal(resent.status, 'sent');
  assert.equal(resent.lastError, null);
});

test('without SMTP configured the mail is held in the outbox', async () => {
  const local = await testApp();
  try {
    const id = await queue(local, { to: uniqueEmail('held'), subject: 'Held', body: 'stays here' });
    const before = received.length;
    await local.rt.runner.runOnce();
    const row = await mailRow(local, id);
    assert.equal(row.status, 'held');
    assert.equal(row.sentAt, null);
    assert.equal((await jobOf(local, id)).status, 'done');
    assert.equal(received.length, before, 'nothing went to the SMTP server');
  } finally {
    await local.close();
  }
});
