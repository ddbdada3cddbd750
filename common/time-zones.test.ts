import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shiftByDays, utcToZonedTime, zonedTimeToUtc } from './time-zones.ts';

describe('wall-clock times in the association time zone', () => {
  it('turns 14h00 in Paris on 21 June 2017 into 12:00 UTC, and back', () => {
    assert.equal(zonedTimeToUtc('2017-06-21', '14:00', 'Europe/Paris'), '2017-06-21T12:00:00.000Z');
    assert.equal(utcToZonedTime('2017-06-21T12:00:00.000Z', 'Europe/Paris'), '14:00');
  });

  it('follows winter time and other zones', () => {
    assert.equal(zonedTimeToUtc('2017-01-10', '09:30', 'Europe/Paris'), '2017-01-10T08:30:00.000Z');
    assert.equal(zonedTimeToUtc('2017-06-21', '14:00', 'Indian/Reunion'), '2017-06-21T10:00:00.000Z');
    assert.equal(zonedTimeToUtc('2017-03-26', '03:30', 'Europe/Paris'), '2017-03-26T01:30:00.000Z');
  });

  it('moves an instant some days on, keeping its wall-clock time (seconds too) across a change of offset', () => {
    // 14:07:31 in Paris, winter time, moved into summer time: still 14:07:31 there.
    assert.equal(shiftByDays('2031-03-14T13:07:31.250Z', 21, 'Europe/Paris'), '2031-04-04T12:07:31.250Z');
    assert.equal(shiftByDays('2031-04-04T12:07:31.250Z', -21, 'Europe/Paris'), '2031-03-14T13:07:31.250Z');
    assert.equal(shiftByDays('2031-03-14T23:30:00.000Z', 1, 'America/Cayenne'), '2031-03-15T23:30:00.000Z');
    assert.equal(shiftByDays('2031-03-14T13:00:00.000Z', 0, 'Europe/Paris'), '2031-03-14T13:00:00.000Z');
  });
});
