import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitIntoGroups, type GroupAttendee } from './workshop-groups.ts';

function attendees(count: number, organisationOf: (index: number) => string | null): GroupAttendee[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    organisationId: organisationOf(index),
    kind: index % 3 === 0 ? 'region' : index % 3 === 1 ? 'municipality' : 'individual',
  }));
}

describe('workshop groups', () => {
  it('splits 33 people into 5 groups of 6 or 7, as the reference did', () => {
    const groups = splitIntoGroups(
      attendees(33, (index) => `org${index}`),
      { groupCount: 5, minSize: 6, maxSize: 7 },
    );
    assert.equal(groups.length, 5);
    assert.deepEqual(groups.map((group) => group.length).sort(), [6, 6, 7, 7, 7]);
    assert.equal(new Set(groups.flat().map((person) => person.id)).size, 33, 'everyone once');
  });

  it('keeps colleagues apart when it can', () => {
    // Five people from one organisation, five groups: one each.
    const people = attendees(30, (index) => (index < 5 ? 'la-27e-region' : index < 9 ? 'fing' : null));
    const groups = splitIntoGroups(people, { groupCount: 5, minSize: 6, maxSize: 7 });
    for (const group of groups) {
      assert.ok(group.filter((person) => person.organisationId === 'la-27e-region').length <= 1);
      assert.ok(group.filter((person) => person.organisationId === 'fing').length <= 1);
    }
  });

  it('chooses the number of groups from the size range when none is given', () => {
    const groups = splitIntoGroups(
      attendees(20, () => null),
      { minSize: 6, maxSize: 7 },
    );
    assert.equal(groups.length, 3);
    assert.ok(groups.every((group) => group.length >= 6 && group.length <= 7));
  });

  it('refuses an impossible size range', () => {
    assert.throws(
      () =>
        splitIntoGroups(
          attendees(4, () => null),
          { minSize: 7, maxSize: 6 },
        ),
      RangeError,
    );
  });
});
