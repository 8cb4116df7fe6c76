import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedShifts, rankEntries, rankOf, stationMeeting, type MeetingEntry } from './facilities.meeting.ts';

const t0 = new Date('2027-01-01T00:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const e = (id: string, grade: number | null, requested: number, o: Partial<MeetingEntry> = {}): MeetingEntry => ({
  applicationId: id,
  grade,
  submittedAt: at(0),
  requested,
  verdict: null,
  shiftsNeeded: null,
  ...o,
});

test('ranks by grade (1 best), ties by submission, ungraded last', () => {
  const ranked = rankEntries([e('a', 2.5, 3), e('b', 1.5, 3), e('c', null, 3, { submittedAt: at(-10) }), e('d', 2.5, 3, { submittedAt: at(-5) }), e('e', 1, 3)]);
  assert.deepEqual(
    ranked.map((x) => x.applicationId),
    ['e', 'b', 'd', 'a', 'c'],
  );
  assert.equal(rankOf([e('a', 3, 1), e('b', 2, 1)], 'a'), 2);
  assert.equal(rankOf([e('a', 3, 1)], 'z'), undefined);
});

test('counts the decision, else the scientist’s shifts, else the request; not feasible counts nothing', () => {
  assert.equal(countedShifts(e('a', 1, 9)), 9);
  assert.equal(countedShifts(e('a', 1, 9, { verdict: 'partly', shiftsNeeded: 6 })), 6);
  assert.equal(countedShifts(e('a', 1, 9, { verdict: 'not_feasible', shiftsNeeded: 9 })), 0);
  assert.equal(countedShifts(e('a', 1, 9, { verdict: 'feasible', shiftsNeeded: 9, decided: 3 })), 3);
  assert.equal(countedShifts(e('a', 1, 9, { decided: 0 })), 0);
});

test('the cutoff is the last proposal whose running total fits; oversubscription is requested / available', () => {
  // available 20: 6 (6) + 9 (15) + 3 (18) fit; 6 more (24) does not; the 2 after it stay below the line
  const m = stationMeeting(20, [e('p1', 1.2, 6), e('p2', 1.8, 12, { verdict: 'partly', shiftsNeeded: 9 }), e('p3', 2.0, 3), e('p4', 2.4, 6), e('p5', 3.1, 2)]);
  assert.deepEqual(
    m.rows.map((r) => [r.entry.applicationId, r.rank, r.counted, r.runningTotal, r.fits]),
    [
      ['p1', 1, 6, 6, true],
      ['p2', 2, 9, 15, true],
      ['p3', 3, 3, 18, true],
      ['p4', 4, 6, 24, false],
      ['p5', 5, 2, 26, false],
    ],
  );
  assert.equal(m.cutoffRank, 3);
  assert.equal(m.cutoffGrade, 2.0);
  assert.equal(m.requested, 29);
  assert.equal(m.oversubscription, 1.45);
});

test('an exact fit is above the line; nothing fits → no cutoff; nothing available → no ratio', () => {
  const exact = stationMeeting(12, [e('a', 1, 6), e('b', 2, 6), e('c', 3, 1)]);
  assert.equal(exact.cutoffRank, 2);
  assert.deepEqual(exact.rows.map((r) => r.fits), [true, true, false]);
  const none = stationMeeting(5, [e('a', 1, 6), e('b', 2, 3)]);
  assert.equal(none.cutoffRank, null);
  assert.equal(none.cutoffGrade, null);
  assert.deepEqual(none.rows.map((r) => r.fits), [false, false]);
  const zero = stationMeeting(0, [e('a', 1, 6)]);
  assert.equal(zero.oversubscription, null);
  assert.equal(stationMeeting(10, []).oversubscription, 0);
});

test('a proposal judged not feasible is never above the line but does not block the ones after it', () => {
  const m = stationMeeting(10, [e('a', 1, 6, { verdict: 'not_feasible', shiftsNeeded: 0 }), e('b', 2, 6), e('c', 3, 4)]);
  assert.deepEqual(m.rows.map((r) => [r.entry.applicationId, r.fits, r.runningTotal]), [
    ['a', false, 0],
    ['b', true, 6],
    ['c', true, 10],
  ]);
  assert.equal(m.cutoffRank, 3);
});
