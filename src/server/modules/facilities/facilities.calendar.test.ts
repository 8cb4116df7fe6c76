import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOf, dateRangesToShifts, shiftCount, startOfDate, totalShifts, userShifts, type CycleClock } from './facilities.calendar.ts';

const DAY = 86_400_000;
// A cycle of 10 days from midnight Shanghai time.
const start = new Date('2027-03-01T00:00:00+08:00');
const c: CycleClock = { startsAt: start, endsAt: new Date(start.getTime() + 10 * DAY), shiftHours: 8, timeZone: 'Asia/Shanghai' };
const at = (days: number) => new Date(start.getTime() + days * DAY);

test('user shifts are whole shifts of user periods, minus every other period of the facility or the station', () => {
  assert.equal(shiftCount(c), 30);
  const periods = [
    { kind: 'user' as const, stationId: null, startsAt: at(0), endsAt: at(10) },
    { kind: 'maintenance' as const, stationId: null, startsAt: at(4), endsAt: at(5) },
    // a station's own machine development, half a shift: the whole shift is lost
    { kind: 'machine_development' as const, stationId: 'S1', startsAt: new Date(at(7).getTime() + 4 * 3600_000), endsAt: at(8) },
  ];
  assert.deepEqual(userShifts(c, periods, 'S0'), [
    { from: 0, to: 12 },
    { from: 15, to: 30 },
  ]);
  assert.deepEqual(userShifts(c, periods, 'S1'), [
    { from: 0, to: 12 },
    { from: 15, to: 21 },
    { from: 24, to: 30 },
  ]);
  assert.equal(totalShifts(userShifts(c, periods, 'S1')), 24);
  assert.deepEqual(userShifts(c, [], 'S0'), []);
});

test('dates in the cycle zone map to the shifts that touch them', () => {
  assert.equal(startOfDate('2027-03-02', 'Asia/Shanghai').toISOString(), '2027-03-01T16:00:00.000Z');
  assert.equal(dateOf(new Date('2027-03-01T16:00:00.000Z'), 'Asia/Shanghai'), '2027-03-02');
  assert.deepEqual(dateRangesToShifts(c, [{ from: '2027-03-02', to: '2027-03-03' }]), [{ from: 3, to: 9 }]);
  // ranges outside the cycle clip away; overlapping ranges merge
  assert.deepEqual(dateRangesToShifts(c, [{ from: '2027-02-01', to: '2027-03-01' }, { from: '2027-03-01', to: '2027-03-01' }]), [{ from: 0, to: 3 }]);
  assert.deepEqual(dateRangesToShifts(c, [{ from: '2027-04-01', to: '2027-04-02' }]), []);
  // a zone with daylight saving
  assert.equal(startOfDate('2027-03-14', 'America/New_York').toISOString(), '2027-03-14T05:00:00.000Z');
  assert.equal(startOfDate('2027-03-15', 'America/New_York').toISOString(), '2027-03-15T04:00:00.000Z');
});
