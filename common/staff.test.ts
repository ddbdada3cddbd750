import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFte, parseFte, staffCountOn, type StaffPeriod } from './staff.ts';

describe('FTE', () => {
  it('prints FTE the French way', () => {
    assert.equal(formatFte(864), '8,64\u202fETP');
    assert.equal(formatFte(330), '3,3\u202fETP');
    assert.equal(formatFte(722), '7,22\u202fETP');
    assert.equal(formatFte(1000), '10\u202fETP');
    assert.equal(formatFte(0), '0\u202fETP');
    assert.equal(formatFte(864, 'en'), '8.64 FTE');
    assert.throws(() => formatFte(8.64));
  });

  it('reads a person’s FTE as typed', () => {
    assert.equal(parseFte('0,57'), 57);
    assert.equal(parseFte('1'), 100);
    assert.equal(parseFte('0.5'), 50);
    for (const text of ['0', '2', '0,575', 'un', '-1', '']) assert.equal(parseFte(text), null, text);
  });

  it('counts employees, FTE and interns on a day, contract bounds included', () => {
    const periods: StaffPeriod[] = [
      { contract: 'permanent', startOn: '2012-01-01', endOn: null, fteHundredths: 100 },
      { contract: 'subsidised', startOn: '2017-02-01', endOn: '2018-01-31', fteHundredths: 57 },
      { contract: 'fixed_term', startOn: '2014-09-01', endOn: '2016-12-31', fteHundredths: 80 },
      { contract: 'internship', startOn: '2017-03-01', endOn: '2017-08-31', fteHundredths: 100 },
    ];
    assert.deepEqual(staffCountOn(periods, '2017-04-01'), { headcount: 2, fteHundredths: 157, interns: 1 });
    assert.deepEqual(staffCountOn(periods, '2016-12-31'), { headcount: 2, fteHundredths: 180, interns: 0 });
    assert.deepEqual(staffCountOn(periods, '2017-01-01'), { headcount: 1, fteHundredths: 100, interns: 0 });
    assert.deepEqual(staffCountOn(periods, '2011-12-31'), { headcount: 0, fteHundredths: 0, interns: 0 });
    assert.deepEqual(staffCountOn([], '2017-04-01'), { headcount: 0, fteHundredths: 0, interns: 0 });
  });
});

describe('recorded staff figures', () => {
  it('prints their day at their precision', async () => {
    const { formatFigureDay } = await import('./staff.ts');
    assert.equal(formatFigureDay('2012-12-31', 'year'), '2012');
    assert.equal(formatFigureDay('2014-09-30', 'month'), 'septembre 2014');
    assert.equal(formatFigureDay('2017-04-30', 'day'), '30 avril 2017');
    assert.equal(formatFigureDay('2017-04-30', 'day', 'en'), '30 April 2017');
    assert.equal(formatFigureDay('2014-09-30', 'month', 'en'), 'September 2014');
  });

  it('covers the days of their period only', async () => {
    const { figureCovers } = await import('./staff.ts');
    assert.equal(figureCovers('2012-12-31', 'year', '2012-03-01'), true);
    assert.equal(figureCovers('2014-09-30', 'month', '2014-09-01'), true);
    assert.equal(figureCovers('2014-09-30', 'month', '2014-10-01'), false);
    assert.equal(figureCovers('2017-04-30', 'day', '2017-04-29'), false);
  });
});
