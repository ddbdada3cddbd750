import {
  createBallot,
  credentialPublicKey,
  pollFingerprint,
  ballotTracker,
  type Question,
} from './ballot.ts';
import {
  ceremonyPublicKey,
  createCertificate,
  createCommitment,
  createVerificationKey,
  type CeremonyRecord,
} from './ceremony.ts';
import type { Group, RandomScalar } from './group.ts';
import type { PollRecord } from './record.ts';
import { aggregateBallots, combineDecryptions, decryptPartially } from './tally.ts';

/**
 * A whole encrypted poll run in memory, every party played by this process: the key ceremony of
 * `trustees`, the voters' ballots, the tally and its decryption by the first `threshold` trustees.
 * For tests, the benchmark and the verifier's examples; the application runs each step on the
 * device of the party it belongs to.
 */
export function simulateCeremony<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    names,
    threshold,
    random,
  }: { ceremonyId: string; names: readonly string[]; threshold: number; random: RandomScalar },
): { record: CeremonyRecord; secrets: bigint[] } {
  const certificates = names.map((_, position) =>
    createCertificate(group, { ceremonyId, index: position + 1, random }),
  );
  const commitments = certificates.map(({ certificate }) =>
    createCommitment(group, {
      ceremonyId,
      index: certificate.index,
      threshold,
      certificates: certificates.map((item) => item.certificate),
      random,
    }),
  );
  const keys = certificates.map(({ certificate, secret }) =>
    createVerificationKey(group, {
      ceremonyId,
      index: certificate.index,
      threshold,
      encryptionSecret: secret,
      commitments,
      random,
    }),
  );
  return {
    record: {
      id: ceremonyId,
      threshold,
      publicKey: ceremonyPublicKey(group, commitments),
      trustees: names.map((name, position) => ({
        index: position + 1,
        name,
        certificate: certificates[position]!.certificate,
        commitment: commitments[position]!,
        verificationKey: keys[position]!.verificationKey,
      })),
    },
    secrets: keys.map((key) => key.secret),
  };
}

export function simulatePoll<Point>(
  group: Group<Point>,
  {
    pollId,
    question,
    trustees,
    threshold,
    voters,
    random,
  }: {
    pollId: string;
    question: Question;
    trustees: readonly string[];
    threshold: number;
    /** Each voter's marked choices and weight; a voter without `marked` is on the roll but did not vote. */
    voters: readonly { marked?: string[]; weight: number }[];
    random: RandomScalar;
  },
): PollRecord {
  const ceremony = simulateCeremony(group, {
    ceremonyId: `ceremony-${pollId}`,
    names: trustees,
    threshold,
    random,
  });
  const parameters = { pollId, question, publicKey: ceremony.record.publicKey };
  const fingerprint = pollFingerprint(parameters);
  const credentials = voters.map(() => random());
  const roll = voters.map((voter, position) => ({
    credential: credentialPublicKey(group, credentials[position]!),
    weight: voter.weight,
  }));
  const ballots = voters.flatMap((voter, position) => {
    if (!voter.marked) return [];
    const ballot = createBallot(group, {
      parameters,
      credentialSecret: credentials[position]!,
      marked: voter.marked,
      random,
    });
    return [{ tracker: ballotTracker(ballot), ballot }];
  });
  ballots.sort((left, right) => (left.tracker < right.tracker ? -1 : 1));
  const weights = new Map(roll.map((entry) => [entry.credential, entry.weight]));
  const tally = aggregateBallots(group, {
    choiceCount: question.choices.length,
    ballots: ballots.map((entry) => ({
      ciphertexts: entry.ballot.ciphertexts,
      weight: weights.get(entry.ballot.credential)!,
    })),
  });
  const partialDecryptions = ceremony.secrets
    .slice(0, threshold)
    .map((secret, position) =>
      decryptPartially(group, { fingerprint, index: position + 1, secret, tally, random }),
    );
  const totalWeight = ballots.reduce((sum, entry) => sum + weights.get(entry.ballot.credential)!, 0);
  const counts = combineDecryptions(group, {
    tally,
    partials: partialDecryptions,
    threshold,
    maxCount: totalWeight,
  });
  return {
    format: 'quorum-encrypted-poll/1',
    parameters,
    fingerprint,
    ceremony: ceremony.record,
    roll,
    ballots,
    tally,
    partialDecryptions,
    result: question.choices.map((choice, index) => ({ choice, count: counts[index]! })),
  };
}
