import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateTime, formatDay, formatLongDate, formatMoney, formatTime } from './format.ts';

describe('formatMoney', () => {
  it('prints whole euros the French way, narrow no-break spaces between thousands and before €', () => {
    assert.equal(formatMoney(112_484_900), '1\u202f124\u202f849\u202f€');
    assert.equal(formatMoney(500_000), '5\u202f000\u202f€');
    assert.equal(formatMoney(4_000), '40\u202f€');
    // A loss takes the minus sign, not a hyphen.
    assert.equal(formatMoney(-1_407_100), '\u221214\u202f071\u202f€');
    assert.equal(formatMoney(-31_200, 'en'), '\u2212€312');
    assert.equal(formatMoney(-1_250), '\u221212,50\u202f€');
  });

  it('holds no space an amount could break at, in either language', () => {
    for (const cents of [0, 4_000, 123_456, 112_484_900, -1_407_100])
      for (const locale of ['fr', 'en'] as const)
        assert.doesNotMatch(formatMoney(cents, locale), /[ \u00a0]/, `${cents} in ${locale}`);
  });

  it('keeps cents when there are some', () => {
    assert.equal(formatMoney(123_456), '1\u202f234,56\u202f€');
    assert.equal(formatMoney(123_456, 'en'), '€1,234.56');
  });

  it('prints English when asked', () => {
    assert.equal(formatMoney(112_484_900, 'en'), '€1,124,849');
  });

  it('refuses an amount that is not whole cents', () => {
    assert.throws(() => formatMoney(10.5), /integer/);
  });
});

describe('dates and times in the association time zone', () => {
  // 21 June 2017, 14h00 in Paris is 12:00 UTC (summer time), whatever the machine's zone.
  const opening = '2017-06-21T12:00:00.000Z';

  it('prints 14h00 in French and 2:00 pm in English', () => {
    assert.equal(formatTime(opening), '14h00');
    assert.equal(formatTime('2017-06-21T15:00:00.000Z'), '17h00');
    assert.equal(formatTime(opening, 'en'), '2:00 pm');
  });

  it('prints the day in full, the first of a month "1er" in French', () => {
    assert.equal(formatLongDate(opening), 'mercredi 21 juin 2017');
    assert.equal(formatLongDate('2017-06-21', 'en'), 'Wednesday, 21 June 2017');
    assert.equal(formatLongDate('2017-06-01'), 'jeudi 1er juin 2017');
    assert.equal(formatLongDate('2017-06-01T08:00:00.000Z'), 'jeudi 1er juin 2017');
    assert.equal(formatLongDate('2017-06-01', 'en'), 'Thursday, 1 June 2017');
    assert.equal(formatLongDate('2017-06-11'), 'dimanche 11 juin 2017');
  });

  it('follows another time zone when the association is elsewhere', () => {
    assert.equal(formatTime(opening, 'fr', 'Indian/Reunion'), '16h00');
    assert.equal(formatDateTime('2017-01-10T23:30:00.000Z'), '11/01/2017 00h30');
  });
});

describe('formatDay', () => {
  it('prints a day as the minutes write it, the first of a month "1er" in French', () => {
    assert.equal(formatDay('2031-06-14'), '14 juin 2031');
    assert.equal(formatDay('2031-07-01'), '1er juillet 2031');
    assert.equal(formatDay('2031-07-01', 'en'), '1 July 2031');
  });
});
