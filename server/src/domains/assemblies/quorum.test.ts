import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeQuorum, type QuorumRule } from './quorum.ts';

const quarter: QuorumRule = {
  share: { numerator: 1, denominator: 4 },
  doProxiesCount: true,
  doesRemoteCount: true,
};

describe('quorum', () => {
  it('words the statement the minutes print, rounding the share up', () => {
    const result = computeQuorum(quarter, { votingMembers: 46, present: 25, remote: 0, represented: 6 });
    assert.equal(result.required, 12);
    assert.equal(result.isReached, true);
    assert.equal(
      result.statement.fr,
      '31 membres présents ou représentés sur 46 membres à jour de cotisation\u202f; quorum du quart\u202f: 12\u202f; atteint',
    );
    assert.equal(
      result.statement.en,
      '31 members present or represented out of 46 members in good standing; quorum of one quarter: 12; reached',
    );
  });

  it('is not reached one short of the share, and reached exactly at it', () => {
    const half: QuorumRule = { ...quarter, share: { numerator: 1, denominator: 2 } };
    assert.equal(
      computeQuorum(half, { votingMembers: 10, present: 4, remote: 0, represented: 0 }).isReached,
      false,
    );
    assert.equal(
      computeQuorum(half, { votingMembers: 10, present: 5, remote: 0, represented: 0 }).isReached,
      true,
    );
    assert.equal(
      computeQuorum(half, { votingMembers: 9, present: 4, remote: 0, represented: 0 }).required,
      5,
    );
  });

  it('leaves proxies and remote participants out when the statutes say so', () => {
    const strict: QuorumRule = {
      share: { numerator: 1, denominator: 3 },
      doProxiesCount: false,
      doesRemoteCount: false,
    };
    const result = computeQuorum(strict, { votingMembers: 30, present: 8, remote: 3, represented: 5 });
    assert.equal(result.counted, 8);
    assert.equal(result.required, 10);
    assert.match(
      result.statement.fr,
      /^8 membres présents sur 30 .* quorum du tiers\u202f: 10\u202f; non atteint$/,
    );
  });

  it('needs no quorum on a second convocation', () => {
    const none: QuorumRule = { share: null, doProxiesCount: true, doesRemoteCount: true };
    const result = computeQuorum(none, { votingMembers: 46, present: 1, remote: 0, represented: 0 });
    assert.equal(result.isReached, true);
    assert.equal(
      result.statement.fr,
      '1 membre présent ou représenté sur 46 membres à jour de cotisation\u202f; aucun quorum requis',
    );
  });

  it('says "entitled to vote" when the statutes do not require the fee paid', () => {
    const result = computeQuorum(quarter, {
      votingMembers: 38,
      isFeeRequired: false,
      present: 23,
      remote: 0,
      represented: 0,
    });
    assert.equal(
      result.statement.fr,
      '23 membres présents ou représentés sur 38 membres ayant droit de vote\u202f; quorum du quart\u202f: 10\u202f; atteint',
    );
  });

  it('is never reached when nobody can vote: "0 sur 0" says so', () => {
    const result = computeQuorum(quarter, { votingMembers: 0, present: 0, remote: 0, represented: 0 });
    assert.equal(result.required, 0);
    assert.equal(result.isReached, false);
    assert.equal(result.votingMembers, 0);
    assert.equal(result.statement.fr, 'aucun membre ne peut voter\u202f; quorum du quart\u202f: non atteint');
    assert.equal(result.statement.en, 'no member can vote; quorum of one quarter: not reached');
  });

  it('refuses impossible figures', () => {
    assert.throws(
      () => computeQuorum(quarter, { votingMembers: -1, present: 0, remote: 0, represented: 0 }),
      RangeError,
    );
    assert.throws(
      () =>
        computeQuorum(
          { ...quarter, share: { numerator: 3, denominator: 2 } },
          { votingMembers: 4, present: 0, remote: 0, represented: 0 },
        ),
      RangeError,
    );
  });
});
