// ICS feeds: the writer (CRLF, folding at 75 octets, escaping) parsed back, the public station
// feed of a published schedule, my feed (PI, co-proposer, station scientist), and secret feed
// addresses (shown once, rotated, revoked).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { facilityWorld, insertAward, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { buildCalendar, foldLine, icsTime } from './facilities.ics.ts';

type Prop = { name: string; params: string; value: string };
type Component = { name: string; props: Prop[]; children: Component[] };

/** Parses iCalendar text back: checks CRLF and line lengths, unfolds, builds the component tree. */
function parseIcs(text: string): Component {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) assert.ok(Buffer.byteLength(l, 'utf8') <= 75, `line of ${Buffer.byteLength(l, 'utf8')} octets: ${l}`);
  const lines: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') || l.startsWith('\t')) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  const root: Component = { name: '', props: [], children: [] };
  const stack = [root];
  for (const l of lines) {
    const colon = l.indexOf(':');
    const head = l.slice(0, colon);
    const value = l.slice(colon + 1);
    const [name, ...params] = head.split(';');
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      assert.equal(top.name, value, 'balanced BEGIN/END');
      stack.pop();
    } else top.props.push({ name: name!, params: params.join(';'), value });
  }
  assert.equal(stack.length, 1, 'every component ends');
  assert.equal(root.children.length, 1);
  assert.equal(root.children[0]!.name, 'VCALENDAR');
  return root.children[0]!;
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name)?.value;
const events = (cal: Component) => cal.children.filter((c) => c.name === 'VEVENT');
const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([;,\\])/g, '$1');

test('the writer folds at 75 octets without splitting characters, escapes text and writes UTC times', () => {
  const long = `一个很长的中文标题, 带有逗号; 分号 and a backslash \\ and\na newline — ${'光源'.repeat(40)}`;
  const ics = buildCalendar({
    name: 'Test, calendar',
    events: [{ uid: 'a@pujiang', start: new Date('2026-09-01T16:00:00Z'), end: new Date('2026-09-02T00:00:00Z'), summary: long, description: 'x'.repeat(300), stamp: new Date('2026-08-01T00:00:00.123Z'), sequence: 2 }],
  });
  const cal = parseIcs(ics);
  assert.equal(prop(cal, 'VERSION'), '2.0');
  assert.equal(prop(cal, 'X-WR-CALNAME'), 'Test\\, calendar');
  const [e] = events(cal);
  assert.equal(prop(e!, 'UID'), 'a@pujiang');
  assert.equal(prop(e!, 'DTSTART'), '20260901T160000Z');
  assert.equal(prop(e!, 'DTEND'), '20260902T000000Z');
  assert.equal(prop(e!, 'DTSTAMP'), '20260801T000000Z');
  assert.equal(prop(e!, 'SEQUENCE'), '2');
  assert.equal(unescape(prop(e!, 'SUMMARY')!), long);
  assert.ok(prop(e!, 'SUMMARY')!.includes('\\;') && prop(e!, 'SUMMARY')!.includes('\\,') && prop(e!, 'SUMMARY')!.includes('\\n') && prop(e!, 'SUMMARY')!.includes('\\\\'));
  assert.equal(prop(e!, 'DESCRIPTION'), 'x'.repeat(300));
  // Folding never cuts a multi-byte character: every physical line is valid UTF-8 on its own.
  for (const l of foldLine(`SUMMARY:${'光'.repeat(100)}`).split('\r\n')) assert.ok(!l.includes('\uFFFD') && Buffer.from(l, 'utf8').toString('utf8') === l);
  assert.equal(foldLine('short'), 'short');
  assert.equal(icsTime(new Date('2026-01-02T03:04:05.678Z')), '20260102T030405Z');
});

let t: TestApp;
let w: World;
let pi: Agent;
let co: Agent;
let stranger: Agent;
let schedule: any;

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  pi = await t.person({ name: 'PI of the feed' });
  co = await t.person({ name: 'Co-proposer' });
  stranger = await t.person();
  const [s0, s1] = w.stations.map((s) => s.id) as [string, string];
  const p1 = await insertProposal(t, w, { pi, coProposers: [co], title: '高压下的铁; iron, under pressure', requests: [{ stationId: s0, shifts: 6 }] });
  await insertAward(t, w, p1, { stationId: s0, shifts: 6, grade: 1, rank: 1 });
  const p2 = await insertProposal(t, w, { requests: [{ stationId: s0, shifts: 3 }] });
  await insertAward(t, w, p2, { stationId: s0, shifts: 3, grade: 2, rank: 2 });
  const p3 = await insertProposal(t, w, { requests: [{ stationId: s1, shifts: 9 }] });
  await insertAward(t, w, p3, { stationId: s1, shifts: 9, grade: 2, rank: 1 });
  const draft = ok(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/schedules`, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5 } }), 201);
  assert.equal(draft.blocks.length, 3);
  schedule = ok(await t.req('POST', `/api/facilities/schedules/${draft.id}/publish`, { as: w.office }));
});
after(async () => {
  await t?.close();
});

test('a station’s feed lists its published blocks with proposal number and title (public)', async () => {
  const s0 = w.stations[0]!.id;
  const r = await t.req('GET', `/api/facilities/stations/${s0}/schedule.ics`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
  const cal = parseIcs(r.text);
  const evs = events(cal);
  const blocks = schedule.blocks.filter((b: any) => b.stationId === s0);
  assert.equal(evs.length, 2);
  for (const b of blocks) {
    const e = evs.find((x) => prop(x, 'UID') === `${b.awardId}@pujiang`);
    assert.ok(e, `event of ${b.awardId}`);
    assert.equal(prop(e, 'DTSTART'), icsTime(new Date(b.startsAt)));
    assert.equal(prop(e, 'DTEND'), icsTime(new Date(b.endsAt)));
    assert.ok(unescape(prop(e, 'SUMMARY')!).includes(b.number), 'number in the summary');
    assert.ok(unescape(prop(e, 'SUMMARY')!).includes(b.title), 'title in the summary');
    assert.equal(prop(e, 'DTSTAMP'), icsTime(new Date(schedule.publishedAt)));
  }
  // Stable: the same request gives the same file.
  assert.equal((await t.req('GET', `/api/facilities/stations/${s0}/schedule.ics`)).text, r.text);
  assert.equal(events(parseIcs((await t.req('GET', `/api/facilities/stations/${w.stations[2]!.id}/schedule.ics`)).text)).length, 0);
  refused(await t.req('GET', '/api/facilities/stations/stn_nope/schedule.ics'), 404, 'not_found');
  // The same blocks as JSON for the station's page.
  const json = ok(await t.req('GET', `/api/facilities/stations/${s0}/schedule`));
  assert.equal(json.station.code, w.stations[0]!.code);
  assert.deepEqual(json.blocks.map((b: any) => b.awardId).sort(), blocks.map((b: any) => b.awardId).sort());
  assert.ok(json.blocks.every((b: any) => b.cycleId === w.cycle.id));
  refused(await t.req('GET', '/api/facilities/stations/stn_nope/schedule'), 404, 'not_found');
});

test('my feed: the PI and accepted co-proposers see their experiment, scientists their station’s, others nothing', async () => {
  refused(await t.req('GET', '/api/facilities/me/schedule.ics'), 401, 'unauthenticated');
  const mine = async (a: Agent) => {
    const r = await t.req('GET', '/api/facilities/me/schedule.ics', { as: a });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
    return events(parseIcs(r.text));
  };
  const piEvents = await mine(pi);
  assert.equal(piEvents.length, 1);
  assert.ok(unescape(prop(piEvents[0]!, 'SUMMARY')!).includes('高压下的铁; iron, under pressure'));
  assert.equal((await mine(co)).length, 1);
  assert.equal(prop((await mine(co))[0]!, 'UID'), prop(piEvents[0]!, 'UID'));
  assert.equal((await mine(w.stations[0]!.scientist)).length, 2);
  assert.equal((await mine(w.stations[1]!.scientist)).length, 1);
  assert.equal((await mine(stranger)).length, 0);
});

test('a secret feed address: shown once, works without signing in, rotating revokes the previous one', async () => {
  refused(await t.req('POST', '/api/facilities/me/calendar-feed'), 401, 'unauthenticated');
  assert.deepEqual(ok(await t.req('GET', '/api/facilities/me/calendar-feed', { as: pi })), { active: false, createdAt: null });
  const first = ok(await t.req('POST', '/api/facilities/me/calendar-feed', { as: pi }), 201);
  assert.match(first.url, /\/api\/facilities\/feeds\/pjf_[A-Za-z0-9_-]{43}$/);
  const path1 = new URL(first.url).pathname;
  const r1 = await t.req('GET', path1);
  assert.equal(r1.status, 200);
  assert.equal(r1.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(events(parseIcs(r1.text)).length, 1);
  assert.equal(ok(await t.req('GET', '/api/facilities/me/calendar-feed', { as: pi })).active, true);
  // Only the hash is stored.
  const token = path1.split('/').pop()!;
  const stored = await t.deps.db.rows<{ token_hash: string }>((await import('drizzle-orm')).sql`select token_hash from calendar_feeds where person_id = ${pi.personId}`);
  assert.ok(stored.every((s) => s.token_hash !== token && /^[0-9a-f]{64}$/.test(s.token_hash)));

  const second = ok(await t.req('POST', '/api/facilities/me/calendar-feed', { as: pi }), 201);
  assert.notEqual(second.url, first.url);
  refused(await t.req('GET', path1), 404, 'not_found');
  const path2 = new URL(second.url).pathname;
  assert.equal((await t.req('GET', path2)).status, 200);
  // Another person's feed is theirs.
  const other = ok(await t.req('POST', '/api/facilities/me/calendar-feed', { as: stranger }), 201);
  assert.equal(events(parseIcs((await t.req('GET', new URL(other.url).pathname)).text)).length, 0);
  assert.equal((await t.req('GET', path2)).status, 200);

  assert.equal((await t.req('DELETE', '/api/facilities/me/calendar-feed', { as: pi })).status, 204);
  refused(await t.req('GET', path2), 404, 'not_found');
  refused(await t.req('GET', '/api/facilities/feeds/pjf_unknown'), 404, 'not_found');
  assert.equal((await t.req('DELETE', '/api/facilities/me/calendar-feed', { as: pi })).status, 204);
});
