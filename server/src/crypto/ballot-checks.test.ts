import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createBallot, pollFingerprint } from '../../../common/crypto/ballot.ts';
import { nobleGroup, seededRandom } from '../../../common/crypto/group.ts';
import { simulateCeremony } from '../../../common/crypto/simulate.ts';
import { checkBallots, closeBallotChecks } from './ballot-checks.ts';

describe('ballot checks on worker threads', () => {
  after(closeBallotChecks);
  const random = seededRandom('pool');
  const ceremony = simulateCeremony(nobleGroup, {
    ceremonyId: 'pool',
    names: ['A', 'B'],
    threshold: 2,
    random,
  });
  const parameters = {
    pollId: 'poll-pool',
    question: { choices: ['for', 'against', 'abstain'], min: 1, max: 1 },
    publicKey: ceremony.record.publicKey,
  };
  const fingerprint = pollFingerprint(parameters);

  it('answers null for valid ballots and names the problem of each invalid one, in order', async () => {
    const valid = createBallot(nobleGroup, {
      parameters,
      credentialSecret: random(),
      marked: ['against'],
      random,
    });
    const other = createBallot(nobleGroup, {
      parameters,
      credentialSecret: random(),
      marked: ['for'],
      random,
    });
    const swapped = { ...valid, signature: other.signature };
    const answers = await Promise.all([
      checkBallots({ parameters, fingerprint, ballots: [valid, swapped, { nonsense: true }] }),
      checkBallots({ parameters, fingerprint, ballots: [other] }),
    ]);
    assert.deepEqual(answers, [[null, 'invalid_signature', 'malformed'], [null]]);
  });
});
