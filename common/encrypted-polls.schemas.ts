import { z } from 'zod';

/**
 * What encrypted secret polls send and answer (common/crypto/ holds the protocol): the published
 * parts of the key ceremony, the encrypted ballot, the partial decryptions and the public record.
 * Objects are strict: a ballot's tracker is the hash of exactly what the phone made.
 */

/** A group element (ristretto255) or a scalar: 64 lowercase hex characters. */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalid_encoding' });
const index = z.number().int().min(1).max(100);

export const proofSchema = z.strictObject({ c: hex64, r: hex64 });
export const ciphertextSchema = z.strictObject({ alpha: hex64, beta: hex64 });

export const trusteeCertificateSchema = z.strictObject({ index, encryptionKey: hex64, proof: proofSchema });
export const trusteeCommitmentSchema = z.strictObject({
  index,
  coefficients: z.array(hex64).min(1).max(100),
  proof: proofSchema,
  shares: z
    .array(z.strictObject({ to: index, ephemeral: hex64, value: hex64 }))
    .min(1)
    .max(100),
});
export const trusteeVerificationKeySchema = z.strictObject({
  index,
  verificationKey: hex64,
  proof: proofSchema,
});

export const questionSchema = z.strictObject({
  choices: z.array(z.string()).min(1).max(100),
  min: z.number().int().min(0),
  max: z.number().int().min(0),
});
export const pollParametersSchema = z.strictObject({
  pollId: z.string(),
  question: questionSchema,
  publicKey: hex64,
});

const choiceLimit = 101;
export const encryptedBallotSchema = z.strictObject({
  credential: hex64,
  ciphertexts: z.array(ciphertextSchema).min(1).max(choiceLimit),
  proofs: z.array(z.array(proofSchema).length(2)).min(1).max(choiceLimit),
  overallProof: z.array(proofSchema).min(1).max(choiceLimit),
  signature: proofSchema,
});

export const partialDecryptionSchema = z.strictObject({
  index,
  factors: z
    .array(z.strictObject({ decryption: hex64, proof: proofSchema }))
    .min(1)
    .max(choiceLimit),
});

export const ceremonyRecordSchema = z.object({
  id: z.string(),
  threshold: z.number().int(),
  publicKey: z.string(),
  trustees: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      certificate: trusteeCertificateSchema,
      commitment: trusteeCommitmentSchema,
      verificationKey: trusteeVerificationKeySchema,
    }),
  ),
});

/** The public record of an encrypted poll (common/crypto/record.ts PollRecord). */
export const pollRecordSchema = z.object({
  format: z.literal('quorum-encrypted-poll/1'),
  parameters: pollParametersSchema,
  fingerprint: z.string(),
  ceremony: ceremonyRecordSchema,
  roll: z.array(z.object({ credential: z.string(), weight: z.number().int() })),
  ballots: z.array(z.object({ tracker: z.string(), ballot: encryptedBallotSchema })),
  tally: z.array(ciphertextSchema),
  partialDecryptions: z.array(partialDecryptionSchema),
  result: z.array(z.object({ choice: z.string(), count: z.number().int() })),
});

export const ceremonyStatuses = ['certificates', 'commitments', 'verification_keys', 'ready'] as const;
export type CeremonyStatus = (typeof ceremonyStatuses)[number];
export const trusteeSteps = ['certificate', 'commitment', 'verification_key', 'done'] as const;

export const ceremonyViewSchema = z.object({
  id: z.string(),
  threshold: z.number().int(),
  status: z.enum(ceremonyStatuses),
  publicKey: z.string().nullable(),
  /** A short fingerprint of the key, read aloud by the trustees to check they share one. */
  keyFingerprint: z.string().nullable(),
  trustees: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      isServer: z.boolean(),
      step: z.enum(trusteeSteps),
    }),
  ),
});
export type CeremonyView = z.infer<typeof ceremonyViewSchema>;

export const ceremonyAnswerSchema = z.object({ ceremony: ceremonyViewSchema.nullable() });

export const ceremonyInputSchema = z.object({
  /** How many trustees together can decrypt (2…n); default: a majority of them, at least 2. */
  threshold: z.number().int().min(1).max(100).optional(),
  /** Whether the server holds one share (default true); never enough to decrypt alone. */
  isServerTrustee: z.boolean().optional(),
  /** Start a ceremony again that is not yet ready (a trustee lost their key, a share was invalid). */
  restart: z.boolean().optional(),
});

/** A trustee's link: `/trustee#<token>`, given once; a new one kills the old. */
export const trusteeLinkSchema = z.object({ index: z.number().int(), name: z.string(), link: z.string() });
export const ceremonyCreatedSchema = z.object({
  ceremony: ceremonyViewSchema,
  links: z.array(trusteeLinkSchema),
});

export const trusteeViewSchema = z.object({
  assembly: z.object({ slug: z.string(), title: z.string(), date: z.string() }),
  me: z.object({ index: z.number().int(), name: z.string() }),
  ceremony: ceremonyViewSchema,
  certificates: z.array(trusteeCertificateSchema),
  /** Every trustee's, once the ceremony reaches its verification keys. */
  commitments: z.array(trusteeCommitmentSchema),
  /** Polls waiting for this trustee's partial decryption of their tally. */
  pendingDecryptions: z.array(
    z.object({
      pollId: z.string(),
      title: z.string(),
      fingerprint: z.string(),
      tally: z.array(ciphertextSchema),
    }),
  ),
});
export type TrusteeView = z.infer<typeof trusteeViewSchema>;

export const certificateInputSchema = z.object({ certificate: trusteeCertificateSchema });
export const commitmentInputSchema = z.object({ commitment: trusteeCommitmentSchema });
export const verificationKeyInputSchema = z.object({ verificationKey: trusteeVerificationKeySchema });
export const partialInputSchema = z.object({ partial: partialDecryptionSchema });

export const ballotBoxSchema = z.object({
  pollId: z.string(),
  fingerprint: z.string(),
  /** Every ballot's tracker, sorted: a voter finds theirs here. */
  trackers: z.array(z.string()),
});

/** What a poll view says of its encryption (null for a plain poll). */
export const pollEncryptionViewSchema = z.object({
  parameters: pollParametersSchema,
  fingerprint: z.string(),
  threshold: z.number().int(),
  /** Partial decryptions received so far ("Dépouillement : x sur t assesseurs"). */
  decryptions: z.number().int(),
  /** The public record's fingerprint, once the result is in. */
  recordFingerprint: z.string().nullable(),
});
