import { z } from 'zod';
import { categoryCodeSchema } from './membership-categories.schemas.ts';
import { daySchema, yearSchema } from './register.schemas.ts';

/** Kinds of meeting: ordinary and extraordinary general assembly, board meeting (conseil d'administration), bureau. */
export const assemblyKinds = ['ordinary', 'extraordinary', 'board', 'bureau'] as const;
export type AssemblyKind = (typeof assemblyKinds)[number];
export const agendaItemKinds = ['informative', 'deliberative', 'election'] as const;
export const attendanceRoles = ['voting_member', 'staff', 'guest'] as const;
export const attendanceStatuses = ['present', 'remote', 'excused', 'absent'] as const;
export const majorities = ['simple', 'absolute', 'two_thirds', 'three_quarters', 'unanimity'] as const;

const shareSchema = z
  .object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) })
  .refine((share) => share.numerator <= share.denominator, { error: 'share_above_one' })
  .nullable();

/** Whom the quorum counts: the members present only, or present and represented. */
export const quorumBases = ['present', 'present_or_represented'] as const;
/** What a majority is reckoned on: the votes expressed, or the members present and represented. */
export const majorityBases = ['expressed', 'present_and_represented'] as const;
/** Who votes: every member (up to date with the fee when the statutes ask), or the board's members. */
export const voterSets = ['members', 'board'] as const;

/** The rules of one kind of meeting under a version of the statutes. */
const meetingRulesSchema = z
  .object({
    /** Share of the voters that must take part; null: no quorum. */
    quorum: shareSchema,
    quorumBase: z.enum(quorumBases),
    /** Whether members attending remotely count towards the quorum. */
    doesRemoteCount: z.boolean(),
    areProxiesAllowed: z.boolean(),
    maxProxiesPerHolder: z.number().int().min(0).max(100),
    isRemoteAllowed: z.boolean(),
    /** Votes by correspondence (postal or online, before the meeting): recorded now, used by the member space. */
    areCorrespondenceVotesAllowed: z.boolean(),
    canChangeAgenda: z.boolean(),
    majority: z.enum(majorities),
    majorityBase: z.enum(majorityBases),
    voters: z.enum(voterSets),
    noticeDays: z.number().int().min(0).max(365),
  })
  .refine((rules) => !rules.areProxiesAllowed || rules.maxProxiesPerHolder >= 1, {
    error: 'proxy_limit_required',
    path: ['maxProxiesPerHolder'],
  });
export type MeetingRules = z.infer<typeof meetingRulesSchema>;

export const statutesInputSchema = z.object({
  effectiveFrom: daySchema,
  /**
   * Categories whose validated members vote, with each member's number of votes; none listed: each
   * category's own setting (categories page) decides.
   */
  votingWeights: z.record(categoryCodeSchema, z.number().int().min(1).max(1000)),
  requiresFeePaid: z.boolean(),
  ordinaryQuorum: shareSchema,
  extraordinaryQuorum: shareSchema,
  doProxiesCount: z.boolean(),
  isSecondConvocationFree: z.boolean(),
  maxProxiesPerHolder: z.number().int().min(0).max(100),
  doesRemoteCount: z.boolean(),
  defaultMajority: z.enum(majorities),
  noticeDays: z.number().int().min(0).max(365),
  notes: z.string().trim().max(4000).nullable().optional(),
  /**
   * The rules per kind of meeting. A kind left out takes what the fields above express (quorum,
   * proxies, remote, majority, notice), as versions written before kinds had rules of their own.
   */
  meetingRules: z.partialRecord(z.enum(assemblyKinds), meetingRulesSchema).optional(),
});
export type StatutesInput = z.infer<typeof statutesInputSchema>;

const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'invalid_slug' })
  .max(60);
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' });

export const agendaItemInputSchema = z.object({
  kind: z.enum(agendaItemKinds),
  title: z.string().trim().min(1).max(500),
  presenter: z.string().trim().max(200).nullable().optional(),
  plannedMinutes: z.number().int().min(1).max(1440).nullable().optional(),
});

export const assemblyInputSchema = z.object({
  slug: slugSchema,
  kind: z.enum(assemblyKinds),
  title: z.string().trim().min(1).max(300),
  heldOn: daySchema,
  place: z.string().trim().min(1).max(300),
  /** Local times ("14:00") in the association's time zone. */
  plannedStart: timeSchema,
  plannedEnd: timeSchema.nullable().optional(),
  chairPersonId: z.string().min(1).nullable().optional(),
  secretaryPersonId: z.string().min(1).nullable().optional(),
  membershipYear: yearSchema,
  isSecondConvocation: z.boolean().optional(),
  agenda: z.array(agendaItemInputSchema).max(100).optional(),
  /** The video link of a hybrid or remote meeting. */
  videoLink: z.string().trim().url().max(500).nullable().optional(),
  /** The scrutineers (scrutateurs), persons of the register, in order. */
  scrutineerPersonIds: z.array(z.string().min(1)).max(10).optional(),
});
export type AssemblyInput = z.infer<typeof assemblyInputSchema>;

/** A typed time of the session ("14:20", the association's zone, on the assembly's day); absent or null: now. */
export const sessionTimeSchema = timeSchema.nullable().optional();

/** An agenda item as edited: with its id it is kept (and moved), without it a new item. */
export const agendaItemEditSchema = agendaItemInputSchema.extend({ id: z.string().min(1).optional() });

/**
 * What an edit of an assembly changes; a field left out is kept. The agenda, when given, is the whole new
 * agenda in order: items left out are removed. Opening and closing times correct those recorded.
 */
export const assemblyUpdateSchema = z.object({
  kind: z.enum(assemblyKinds).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  heldOn: daySchema.optional(),
  place: z.string().trim().min(1).max(300).optional(),
  videoLink: z.string().trim().url().max(500).nullable().optional(),
  plannedStart: timeSchema.optional(),
  plannedEnd: timeSchema.nullable().optional(),
  actualStart: timeSchema.optional(),
  actualEnd: timeSchema.optional(),
  chairPersonId: z.string().min(1).nullable().optional(),
  secretaryPersonId: z.string().min(1).nullable().optional(),
  scrutineerPersonIds: z.array(z.string().min(1)).max(10).optional(),
  membershipYear: yearSchema.optional(),
  isSecondConvocation: z.boolean().optional(),
  agenda: z.array(agendaItemEditSchema).max(100).optional(),
});
export type AssemblyUpdate = z.infer<typeof assemblyUpdateSchema>;

/** Opening or closing the session: at the time typed, else now. */
export const sessionTimeInputSchema = z.object({ time: sessionTimeSchema });

/** A presence action on a row of the sheet, at the time typed or now. */
export const presenceInputSchema = z.object({
  action: z.enum(['check_in', 'check_in_remote', 'undo', 'leave', 'undo_leave', 'excuse']),
  time: sessionTimeSchema,
});
export type PresenceAction = z.infer<typeof presenceInputSchema>['action'];

/**
 * A correction of a row of the sheet: its arrival and departure times, the vote it carries, and from when
 * (a member who joined or renewed during the meeting votes from that time). A field left out is kept.
 */
export const attendanceCorrectionSchema = z.object({
  arrivedAt: timeSchema.nullable().optional(),
  leftAt: timeSchema.nullable().optional(),
  /** The membership whose vote the row carries; null: the person attends without a vote. */
  membershipId: z.string().min(1).nullable().optional(),
  votesFrom: timeSchema.nullable().optional(),
});
export type AttendanceCorrection = z.infer<typeof attendanceCorrectionSchema>;

/** A correction of a proxy's start time. */
export const proxyCorrectionSchema = z.object({ time: timeSchema });

export const attendeeInputSchema = z.object({
  personId: z.string().min(1),
  /** The member whose vote the person carries: their own membership or their organisation's. */
  membershipId: z.string().min(1).nullable().optional(),
  label: z.string().trim().max(300).nullable().optional(),
  role: z.enum(attendanceRoles),
  status: z.enum(attendanceStatuses),
  /** The arrival, typed; absent: now. */
  time: sessionTimeSchema,
  /** From when the vote counts, typed (joined or renewed during the meeting); absent: from the arrival. */
  votesFrom: timeSchema.nullable().optional(),
});

export const proxyInputSchema = z.object({
  giverMembershipId: z.string().min(1),
  holderMembershipId: z.string().min(1),
  source: z.enum(['convocation', 'door', 'secretary']).default('secretary'),
  /** When the proxy starts, typed; absent: now. */
  time: sessionTimeSchema,
});

export const pasteAttendanceSchema = z.object({
  text: z.string().max(200_000),
  role: z.enum(attendanceRoles),
  status: z.enum(attendanceStatuses),
  isDryRun: z.boolean(),
});

export const presences = ['present', 'remote', 'represented', 'excused', 'absent'] as const;
export const proxySources = ['convocation', 'door', 'secretary'] as const;
/** `letter`: the member has no e-mail address and was convened by a printed letter. */
export const convocationStatuses = ['pending', 'sent', 'failed', 'letter'] as const;
export const convocationAnswers = ['attending', 'excused', 'proxy'] as const;

/* Responses. The server's presenters return these types; the web app reads them. */

const shareViewSchema = z.object({ numerator: z.number().int(), denominator: z.number().int() }).nullable();

const meetingRulesViewSchema = z.object({
  quorum: shareViewSchema,
  quorumBase: z.enum(quorumBases),
  doesRemoteCount: z.boolean(),
  areProxiesAllowed: z.boolean(),
  maxProxiesPerHolder: z.number().int(),
  isRemoteAllowed: z.boolean(),
  areCorrespondenceVotesAllowed: z.boolean(),
  canChangeAgenda: z.boolean(),
  majority: z.enum(majorities),
  majorityBase: z.enum(majorityBases),
  voters: z.enum(voterSets),
  noticeDays: z.number().int(),
});

/** One version of the statutes, as the API returns it. Versions are never edited. */
export const statutesViewSchema = z.object({
  id: z.string(),
  effectiveFrom: z.string(),
  votingWeights: z.record(categoryCodeSchema, z.number().int()),
  requiresFeePaid: z.boolean(),
  ordinaryQuorum: shareViewSchema,
  extraordinaryQuorum: shareViewSchema,
  doProxiesCount: z.boolean(),
  isSecondConvocationFree: z.boolean(),
  maxProxiesPerHolder: z.number().int(),
  doesRemoteCount: z.boolean(),
  defaultMajority: z.enum(majorities),
  noticeDays: z.number().int(),
  notes: z.string().nullable(),
  /** The rules of every kind of meeting. */
  meetingRules: z.object({
    ordinary: meetingRulesViewSchema,
    extraordinary: meetingRulesViewSchema,
    board: meetingRulesViewSchema,
    bureau: meetingRulesViewSchema,
  }),
});
export type StatutesView = z.infer<typeof statutesViewSchema>;

export const statutesListSchema = z.object({ versions: z.array(statutesViewSchema) });
export type StatutesList = z.infer<typeof statutesListSchema>;

export const agendaItemViewSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.enum(agendaItemKinds),
  title: z.string(),
  presenter: z.string().nullable(),
  plannedMinutes: z.number().int().nullable(),
});
export type AgendaItemView = z.infer<typeof agendaItemViewSchema>;

const personNameSchema = z.object({ personId: z.string(), name: z.string() });

/** An assembly; `plannedStart`… are local "14:00" times in the association's zone, `…At` UTC instants. */
export const assemblyViewSchema = z.object({
  id: z.string(),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
  slug: z.string(),
  kind: z.enum(assemblyKinds),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  plannedStartAt: z.string(),
  actualStartAt: z.string().nullable(),
  actualEndAt: z.string().nullable(),
  chair: personNameSchema.nullable(),
  secretary: personNameSchema.nullable(),
  scrutineers: z.array(personNameSchema),
  videoLink: z.string().nullable(),
  /** False once its minutes are signed. */
  isEditable: z.boolean(),
  /** True while nothing is recorded: no attendance, no proxy, no vote, no convocation sent. */
  isDeletable: z.boolean(),
  membershipYear: z.number().int(),
  isSecondConvocation: z.boolean(),
  currentAgendaItemId: z.string().nullable(),
  agenda: z.array(agendaItemViewSchema),
});
export type AssemblyView = z.infer<typeof assemblyViewSchema>;

export const assemblyListSchema = z.object({ assemblies: z.array(assemblyViewSchema) });
export type AssemblyList = z.infer<typeof assemblyListSchema>;

/** The quorum's figures and the sentence the minutes print, in both languages. */
export const quorumViewSchema = z.object({
  /** False where the statutes ask for no quorum at this meeting (it is then always "reached"). */
  isRequired: z.boolean(),
  counted: z.number().int(),
  required: z.number().int(),
  /** Never true while no member can vote. */
  isReached: z.boolean(),
  /** Members who could vote (0: nobody is a member of the assembly's year); null in a quorum frozen before it was kept. */
  votingMembers: z.number().int().nullable(),
  statement: z.object({ fr: z.string(), en: z.string() }),
});

export const quorumStandingSchema = z.object({
  quorum: quorumViewSchema,
  isFrozen: z.boolean(),
  frozenAt: z.string().nullable(),
});
export type QuorumStanding = z.infer<typeof quorumStandingSchema>;

/** Where a session stands, as the projector and the phones show it (also sent as an event). */
export const assemblyStateSchema = z.object({
  type: z.literal('assembly.state'),
  slug: z.string(),
  phase: z.enum(['planned', 'open', 'closed']),
  currentAgendaItemId: z.string().nullable(),
  currentAgendaItemTitle: z.string().nullable(),
  quorum: quorumViewSchema,
  isQuorumFrozen: z.boolean(),
  presentCount: z.number().int(),
  representedCount: z.number().int(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
});
export type AssemblyStateView = z.infer<typeof assemblyStateSchema>;

export const votingMemberViewSchema = z.object({
  membershipId: z.string(),
  memberName: z.string(),
  category: z.string(),
  weight: z.number().int(),
  personId: z.string().nullable(),
  organisationId: z.string().nullable(),
  presence: z.enum(presences),
  representedBy: z.string().nullable(),
});
export type VotingMemberView = z.infer<typeof votingMemberViewSchema>;

/** A line of the sheet: a person, the capacity as written ("Représentante de la ville de Mulhouse"). */
export const sheetRowSchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  administrativeName: z.string().nullable(),
  label: z.string().nullable(),
  membershipId: z.string().nullable(),
  memberName: z.string().nullable(),
  isVoting: z.boolean(),
  role: z.enum(attendanceRoles),
  status: z.enum(attendanceStatuses),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  /** From when the vote counts, when later than the arrival (joined or renewed during the meeting). */
  votesFrom: z.string().nullable(),
});
export type SheetRow = z.infer<typeof sheetRowSchema>;

export const proxyViewSchema = z.object({
  id: z.string(),
  giverMembershipId: z.string(),
  holderMembershipId: z.string(),
  giverName: z.string().nullable(),
  holderName: z.string().nullable(),
  source: z.enum(proxySources),
  isCounted: z.boolean(),
  givenAt: z.string(),
});
export type ProxyView = z.infer<typeof proxyViewSchema>;

/** The attendance sheet: voting members, staff, guests, proxies, the quorum live and as frozen. */
export const attendanceSheetSchema = z.object({
  statutesId: z.string(),
  quorum: quorumViewSchema,
  liveQuorum: quorumViewSchema,
  isQuorumFrozen: z.boolean(),
  frozenAt: z.string().nullable(),
  votingMembers: z.array(votingMemberViewSchema),
  attendees: z.array(sheetRowSchema),
  staff: z.array(sheetRowSchema),
  guests: z.array(sheetRowSchema),
  proxies: z.array(proxyViewSchema),
  presentCount: z.number().int(),
});
export type AttendanceSheetView = z.infer<typeof attendanceSheetSchema>;

export const checkInCandidateSchema = z.object({
  personId: z.string(),
  administrativeName: z.string(),
  votes: z.array(
    z.object({
      membershipId: z.string(),
      memberName: z.string(),
      presence: z.enum(['present', 'remote', 'absent']),
    }),
  ),
  attendance: z
    .object({
      id: z.string(),
      status: z.enum(attendanceStatuses),
      hasLeft: z.boolean(),
      membershipId: z.string().nullable(),
    })
    .nullable(),
});
export type CheckInCandidate = z.infer<typeof checkInCandidateSchema>;

export const checkInSearchSchema = z.object({
  candidates: z.array(checkInCandidateSchema),
  /** The statutes let members attend this kind of meeting remotely: the door offers "à distance". */
  isRemoteAllowed: z.boolean(),
});
export type CheckInSearch = z.infer<typeof checkInSearchSchema>;

export const checkInInputSchema = z.object({
  personId: z.string().min(1),
  membershipId: z.string().min(1).nullable(),
  /** One tap for a member attending remotely, where the statutes allow it. */
  isRemote: z.boolean().optional(),
  time: sessionTimeSchema,
});

/** The voters present and represented at each moment of the session something changed. */
export const timelineSchema = z.object({
  points: z.array(
    z.object({
      at: z.string(),
      /** Local "14:20" in the association's zone. */
      time: z.string(),
      present: z.number().int(),
      remote: z.number().int(),
      represented: z.number().int(),
      /** Members who could vote then (present, remote or represented) and their weight. */
      voters: z.number().int(),
      weight: z.number().int(),
    }),
  ),
});
export type TimelineView = z.infer<typeof timelineSchema>;

/** What pasting a list did (or would do, on a dry run), line by line. */
export const pasteAttendanceResultSchema = z.object({
  lines: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      personName: z.string(),
      isNewPerson: z.boolean(),
      label: z.string().nullable(),
      vote: z.string().nullable(),
      isAlreadyOnSheet: z.boolean(),
    }),
  ),
  rejected: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      reason: z.enum(['first_name_missing', 'name_missing']),
      message: z.string(),
    }),
  ),
  isWritten: z.boolean(),
});
export type PasteAttendanceResult = z.infer<typeof pasteAttendanceResultSchema>;

export const sendConvocationsResultSchema = z.object({
  queued: z.number().int(),
  /** Set when the notice is shorter than the statutes ask, in the request's language. */
  warning: z.string().nullable(),
});
export type SendConvocationsResult = z.infer<typeof sendConvocationsResultSchema>;

export const convocationRecipientSchema = z.object({
  id: z.string(),
  membershipId: z.string(),
  memberName: z.string(),
  email: z.string().nullable(),
  status: z.enum(convocationStatuses),
  error: z.string().nullable(),
  sentAt: z.string().nullable(),
  answer: z.enum(convocationAnswers).nullable(),
});
export type ConvocationRecipient = z.infer<typeof convocationRecipientSchema>;
export type ConvocationStatus = (typeof convocationStatuses)[number];
export type ConvocationAnswer = (typeof convocationAnswers)[number];

export const convocationProgressSchema = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  /** Convened by a printed letter (no e-mail address). */
  letters: z.number().int(),
  recipients: z.array(convocationRecipientSchema),
});
export type ConvocationProgress = z.infer<typeof convocationProgressSchema>;

const memberChoiceSchema = z.object({ membershipId: z.string(), memberName: z.string() });

/** What a personal convocation link shows: the assembly, the member's answer, whom they may give a proxy to. */
export const convocationViewSchema = z.object({
  assembly: assemblyViewSchema,
  memberName: z.string(),
  answer: z.enum(convocationAnswers).nullable(),
  proxyHolder: z.object({ membershipId: z.string(), memberName: z.string().nullable() }).nullable(),
  isToday: z.boolean(),
  proxyHolders: z.array(memberChoiceSchema),
});
export type ConvocationView = z.infer<typeof convocationViewSchema>;

/** Why convocations cannot be sent to an assembly (the answer's error code if one tried). */
export const convocationRefusals = ['assembly_closed', 'assembly_past'] as const;

/**
 * Everything to check before sending: the exact e-mail (a sample member's, the link left out), who
 * gets it, who needs a letter, whether the notice is late under the statutes, whether sending is open.
 */
export const convocationPreviewSchema = z.object({
  /** The sender as recipients see it: "La 27e Région <convocations@example.org>". */
  from: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  /** Whose e-mail the preview shows; null when nobody is to be convened. */
  sampleMemberName: z.string().nullable(),
  /** Members the next sending e-mails (not convened yet, with an address). */
  emailRecipients: z.number().int(),
  /** Voting members without an e-mail address: each needs a printed letter. */
  membersWithoutEmail: z.array(memberChoiceSchema),
  /** Members already convened (e-mail sent or letter printed). */
  alreadyConvened: z.number().int(),
  /** Convened by e-mail and no answer yet: whom a reminder would reach. */
  notAnswered: z.number().int(),
  /** Set when fewer days are left than the statutes' notice period. */
  lateNotice: z
    .object({ noticeDays: z.number().int(), daysLeft: z.number().int(), message: z.string() })
    .nullable(),
  refusal: z.enum(convocationRefusals).nullable(),
});
export type ConvocationPreview = z.infer<typeof convocationPreviewSchema>;

export const sendRemindersResultSchema = z.object({ queued: z.number().int() });
export type SendRemindersResult = z.infer<typeof sendRemindersResultSchema>;

/** A participant's phone: the assembly, who they vote for, where the session stands. */
export const participantViewSchema = z.object({
  assembly: assemblyViewSchema,
  memberName: z.string(),
  state: assemblyStateSchema,
  csrfToken: z.string(),
});
export type ParticipantView = z.infer<typeof participantViewSchema>;

export const participantSignInSchema = z.object({ slug: z.string() });
export type ParticipantSignIn = z.infer<typeof participantSignInSchema>;

/** What the projector shows to join on a phone: the link, as typed (no scheme), and its QR code. */
export const joinLinkSchema = z.object({
  link: z.string(),
  shortLink: z.string(),
  /** An SVG in a data: URL. */
  qrCode: z.string(),
});
export type JoinLink = z.infer<typeof joinLinkSchema>;

/* Workshops and the questions asked at an assembly. */

const itemSchema = z.string().trim().min(1).max(4000);

export const workshopInputSchema = z.object({
  /** An existing workshop keeps its members; without an id, a new workshop. */
  id: z.string().min(1).optional(),
  topic: z.string().trim().min(1).max(300),
  minutes: z.number().int().min(1).max(1440).nullable().optional(),
  /** The group's problem statements and its proposals, in order: one item per paragraph or bullet. */
  problems: z.array(itemSchema).max(100),
  proposals: z.array(itemSchema).max(100),
});
export type WorkshopInput = z.infer<typeof workshopInputSchema>;

export const workshopsInputSchema = z.object({ workshops: z.array(workshopInputSchema).max(50) });

export const groupSizeSchema = z
  .object({ minSize: z.number().int().min(1).max(100), maxSize: z.number().int().min(1).max(100) })
  .refine((range) => range.minSize <= range.maxSize, { error: 'min_above_max', path: ['minSize'] });
export type GroupSize = z.infer<typeof groupSizeSchema>;

export const workshopMemberInputSchema = z.object({
  attendanceId: z.string().min(1),
  /** null takes the person out of every workshop. */
  workshopId: z.string().min(1).nullable(),
});

export const questionInputSchema = z.object({
  askedByPersonId: z.string().min(1).nullable().optional(),
  /** Who asked, as written when the person is not in the register ("une élue de Mulhouse"). */
  askedByLabel: z.string().trim().max(300).nullable().optional(),
  question: z.string().trim().min(1).max(4000),
  answer: z.string().trim().max(20000).nullable().optional(),
  /** The agenda item it was asked under; the minutes print it there. */
  agendaItemId: z.string().min(1).nullable().optional(),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const questionsInputSchema = z.object({ questions: z.array(questionInputSchema).max(200) });

export const workshopSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  topic: z.string(),
  minutes: z.number().int().nullable(),
  problems: z.array(z.string()),
  proposals: z.array(z.string()),
  members: z.array(
    z.object({
      attendanceId: z.string(),
      administrativeName: z.string().nullable(),
      label: z.string().nullable(),
    }),
  ),
});

export const questionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  askedByPersonId: z.string().nullable(),
  askedBy: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
  agendaItemId: z.string().nullable(),
});
export type WorkshopView = z.infer<typeof workshopSchema>;
export type QuestionView = z.infer<typeof questionSchema>;

export const workshopsViewSchema = z.object({ workshops: z.array(workshopSchema) });
export const workshopsSplitSchema = workshopsViewSchema.extend({
  /** Set when the groups fall outside the sizes asked, in the request's language. */
  warning: z.string().nullable(),
});
export const questionsViewSchema = z.object({ questions: z.array(questionSchema) });
export type WorkshopsView = z.infer<typeof workshopsViewSchema>;
export type WorkshopsSplit = z.infer<typeof workshopsSplitSchema>;
export type QuestionsView = z.infer<typeof questionsViewSchema>;
