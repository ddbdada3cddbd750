import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utcToZonedTime, zonedTimeToUtc } from './time-zones.ts';

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
});
