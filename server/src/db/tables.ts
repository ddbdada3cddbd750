import type { Generated } from 'kysely';

/**
 * Column conventions, identical on SQLite and PostgreSQL so that backups move between them:
 * ids are text (UUIDs), instants are ISO 8601 UTC text, days are 'YYYY-MM-DD' text,
 * booleans are integers 0/1, money is integer cents.
 */
export interface AssociationTable {
  id: string;
  name: string;
  short_name: string;
  organisation_id: string | null;
  time_zone: string;
  locale: string;
  legal_form: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  rna_number: string | null;
  siret: string | null;
  founding_year: number | null;
  logo_media_type: string | null;
  logo_base64: string | null;
  /** 0/1: administrators and treasurers must sign in with a second factor. */
  two_factor_required: Generated<number>;
  /** The convocations' sender; null: the association's name, and MAIL_FROM's address. */
  mail_sender_name: string | null;
  mail_sender_address: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  password_hash: string | null;
  person_id: string | null;
  created_at: string;
  updated_at: string;
  /** The TOTP secret (base32) once confirmed; never sent out again. */
  totp_secret: string | null;
  /** The secret shown while enrolling, until a first code confirms it. */
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted: a code of that step or an earlier one is refused. */
  totp_last_step: number | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface UserTokensTable {
  id: string;
  user_id: string;
  purpose: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_ends_at: number;
}

/** An upload waiting to be checked or imported, and its current run: shared by every server process. */
export interface RegisterImportsTable {
  id: string;
  owner_user_id: string | null;
  file_name: string | null;
  format: 'csv' | 'xlsx';
  delimiter: string;
  bytes: number;
  has_file: Generated<number>;
  /** JSON array of the header's column names. */
  columns: string;
  phase: string;
  processed: Generated<number>;
  total: number | null;
  is_running: Generated<number>;
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditEventsTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string;
}

export interface PersonsTable {
  id: string;
  civility: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Normalised "last first email organisations", for accent-free search. */
  search_text: Generated<string>;
  email_consent_at: string | null;
  erased_at: string | null;
  /** Set on the record a merge removed: where its links went. */
  merged_into_id: string | null;
  /** The name the person goes by (pseudonym, usual name), beside the civil names. */
  usual_name: string | null;
  /** The values of the register's own fields, JSON `{code: value}` (null when none). */
  custom_fields: string | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  updated_at: string;
  search_text: Generated<string>;
  email: string | null;
  notes: string | null;
  /** The register's own fields for organisations (JSON by code), null when none is filled. */
  custom_fields: string | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface PersonMatchKeysTable {
  id: string;
  person_id: string;
  match_key: string;
}

/** The normalised words a person is searched by (see refreshPersonIndex). */
export interface PersonSearchWordsTable {
  person_id: string;
  word: string;
}

export interface MembershipsTable {
  id: string;
  year: number;
  person_id: string | null;
  organisation_id: string | null;
  category: string;
  partner_organisation_id: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** The rate that applied ('full', 'reduced', 'free', 'minimum'); null: the full rate of the grid. */
  rate_kind: string | null;
  rate_id: string | null;
  /** The amount agreed for this membership; null: the fee grid's amount for its category. */
  amount_cents: number | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

/** The association's membership categories (code and kind fixed once a membership uses it, words its own, archived when retired). */
export interface MembershipCategoriesTable {
  id: string;
  code: string;
  kind: string;
  label_fr: string;
  plural_fr: string;
  label_en: string;
  plural_en: string;
  counted_as_fr: string | null;
  counted_as_en: string | null;
  is_voting: number;
  vote_weight: number;
  has_partner: number;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

/** A year's rate of a category beside the fee grid's full rate: reduced, free, or from a minimum. */
export interface MembershipRatesTable {
  id: string;
  year: number;
  category: string;
  kind: string;
  amount_cents: number;
  conditions_fr: string | null;
  conditions_en: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

/** A field of the register the association defines (text, date, or a choice among options). */
export interface RegisterFieldsTable {
  id: string;
  code: string;
  label_fr: string;
  label_en: string;
  type: string;
  /** JSON array of the choices (empty for text and date). */
  options: string;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** Whose field it is: 'person' or 'organisation'. */
  applies_to: Generated<string>;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface MembershipStatusChangesTable {
  id: string;
  membership_id: string;
  status: string;
  effective_on: string;
  recorded_at: string;
  recorded_by: string | null;
}

export interface FeeGridEntriesTable {
  id: string;
  year: number;
  category: string;
  amount_cents: number;
  adopted_by_resolution_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FeeCallsTable {
  id: string;
  membership_id: string;
  amount_cents: number;
  called_on: string;
  due_on: string | null;
  created_at: string;
}

export interface PaymentsTable {
  id: string;
  membership_id: string;
  amount_cents: number;
  paid_on: string;
  method: string;
  reference: string | null;
  receipt_number: string;
  created_at: string;
}

export interface OrganisationAliasesTable {
  id: string;
  organisation_id: string;
  alias: string;
  normalized_alias: string;
}

export interface AffiliationsTable {
  id: string;
  person_id: string;
  organisation_id: string;
  title: string | null;
  is_staff: number;
  starts_on: string | null;
  ends_on: string | null;
  created_at: string;
}

export interface StatutesVersionsTable {
  id: string;
  effective_from: string;
  voting_weights: string;
  requires_fee_paid: number;
  ordinary_quorum: string | null;
  extraordinary_quorum: string | null;
  do_proxies_count: number;
  is_second_convocation_free: number;
  max_proxies_per_holder: number;
  does_remote_count: number;
  default_majority: string;
  notice_days: number;
  notes: string | null;
  /** JSON: the rules of each kind of meeting (common/assemblies.schemas.ts, meetingRulesSchema). */
  meeting_rules: string | null;
  created_at: string;
  created_by: string | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface AssembliesTable {
  id: string;
  slug: string;
  kind: string;
  title: string;
  held_on: string;
  place: string;
  planned_start_at: string;
  planned_end_at: string | null;
  actual_start_at: string | null;
  actual_end_at: string | null;
  chair_person_id: string | null;
  secretary_person_id: string | null;
  membership_year: number;
  is_second_convocation: number;
  statutes_version_id: string | null;
  quorum_snapshot: string | null;
  current_agenda_item_id: string | null;
  created_at: string;
  updated_at: string;
  /** The video link of a hybrid or remote meeting. */
  video_link: string | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface AssemblyScrutineersTable {
  id: string;
  assembly_id: string;
  person_id: string;
  position: number;
}

export interface AgendaItemsTable {
  id: string;
  assembly_id: string;
  position: number;
  kind: string;
  title: string;
  presenter: string | null;
  planned_minutes: number | null;
}

export interface AttendancesTable {
  id: string;
  assembly_id: string;
  person_id: string | null;
  organisation_id: string | null;
  membership_id: string | null;
  label: string | null;
  role: string;
  status: string;
  position: number;
  arrived_at: string | null;
  left_at: string | null;
  updated_at: string;
  /** From when the row's vote counts (a member who joined or renewed during the meeting); null: from the arrival. */
  votes_from: string | null;
}

export interface ProxiesTable {
  id: string;
  assembly_id: string;
  giver_membership_id: string;
  holder_membership_id: string;
  source: string;
  given_at: string;
}

export interface SpeakerListsTable {
  id: string;
  assembly_id: string;
  agenda_item_id: string;
  is_kept: number;
  seconds_per_speaker: number;
  revision: number;
  updated_at: string;
}

export interface SpeakersTable {
  id: string;
  list_id: string;
  attendance_id: string;
  /** waiting | speaking | done */
  status: string;
  position: number;
  allotted_seconds: number;
  asked_at: string;
  started_at: string | null;
  ended_at: string | null;
}

export interface QuestionsTable {
  id: string;
  assembly_id: string;
  position: number;
  asked_by_person_id: string | null;
  asked_by_label: string | null;
  question: string;
  answer: string | null;
  /** The agenda item it was asked under; null for a question of its own. */
  agenda_item_id: string | null;
}

export interface WorkshopsTable {
  id: string;
  assembly_id: string;
  position: number;
  topic: string;
  minutes: number | null;
  problems: string;
  proposals: string;
}

export interface WorkshopMembersTable {
  id: string;
  workshop_id: string;
  attendance_id: string;
}

export interface ConvocationsTable {
  id: string;
  assembly_id: string;
  membership_id: string;
  person_id: string | null;
  email: string | null;
  token_hash: string;
  status: string;
  error: string | null;
  sent_at: string | null;
  answer: string | null;
  answered_at: string | null;
  expires_at: string;
  created_at: string;
  /** When the last reminder left (a reminder carries a new link; the former one stops working). */
  reminded_at: string | null;
}

export interface ParticipantSessionsTable {
  id: string;
  assembly_id: string;
  convocation_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface BudgetsTable {
  id: string;
  year: number;
  title: string;
  as_of: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface BudgetColumnsTable {
  id: string;
  budget_id: string;
  key: string;
  label: string;
  kind: string;
  year: number;
  position: number;
  declared_charges_cents: number | null;
  declared_products_cents: number | null;
  /** The day an actual of the budget's own year stands at; null for a forecast or a closed year. */
  as_of: string | null;
}

export interface BudgetLinesTable {
  id: string;
  budget_id: string;
  parent_id: string | null;
  side: string;
  account_code: string;
  label: string;
  position: number;
  is_result: number;
  funder_organisation_id: string | null;
  fee_category: string | null;
  fee_count: number | null;
  created_at: string;
  updated_at: string;
}

export interface BudgetAmountsTable {
  id: string;
  line_id: string;
  column_key: string;
  amount_cents: number;
}

export interface AnnualAccountsTable {
  id: string;
  year: number;
  result_cents: number;
  equity_cents: number;
  balance_sheet_total_cents: number;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface AnnualAccountSharesTable {
  id: string;
  annual_accounts_id: string;
  position: number;
  label: string;
  accounts: string;
}

export interface StaffMembersTable {
  id: string;
  person_id: string | null;
  display_name: string;
  job_title: string | null;
  function: string;
  contract: string;
  start_on: string;
  end_on: string | null;
  fte_hundredths: number;
  created_at: string;
  updated_at: string;
}

export interface StaffFunctionsTable {
  id: string;
  code: string;
  label_fr: string;
  label_en: string;
  position: number;
  created_at: string;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface StaffFiguresTable {
  id: string;
  on_day: string;
  headcount: number | null;
  fte_hundredths: number;
  interns: number;
  precision: Generated<string>;
  source: string | null;
  created_at: string;
}

export interface ProgrammesTable {
  id: string;
  code: string;
  name: string;
  description: string | null;
  link: string | null;
  position: number;
}

export interface ProjectsTable {
  id: string;
  programme_id: string;
  year: number;
  end_year: number | null;
  title: string;
  status: string;
  place: string | null;
  link: string | null;
  description: string | null;
}

export interface ProjectPartnersTable {
  id: string;
  project_id: string;
  organisation_id: string;
  role: string | null;
}

export interface AgreementsTable {
  id: string;
  funder_organisation_id: string | null;
  programme_id: string | null;
  title: string;
  amount_cents: number;
  start_year: number;
  end_year: number;
  beneficiary_count: number | null;
  covers: string | null;
}

export interface ProgrammeOutputsTable {
  id: string;
  programme_id: string | null;
  kind: string;
  title: string;
  year: number;
  on_day: string | null;
  place: string | null;
  link: string | null;
}

export interface MinutesTable {
  id: string;
  assembly_id: string;
  version: number;
  previous_id: string | null;
  state: string;
  approved_at: string | null;
  approved_by: string | null;
  approved_by_name: string | null;
  signed_at: string | null;
  signed_by: string | null;
  signed_by_name: string | null;
  frozen_document: string | null;
  signed_pdf_base64: string | null;
  signed_pdf_sha256: string | null;
  created_at: string;
  updated_at: string;
}

export interface MinutesSectionsTable {
  id: string;
  minutes_id: string;
  position: number;
  kind: string;
  title: string | null;
  markdown: string | null;
  updated_at: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

/** The secretary's notes under an agenda item, per version of the minutes. */
export interface MinutesItemNotesTable {
  id: string;
  minutes_id: string;
  agenda_item_id: string;
  markdown: string;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
  updated_at: string;
}

export interface ResolutionsTable {
  id: string;
  assembly_id: string;
  agenda_item_id: string;
  position: number;
  title: string;
  text: string;
  text_en: string | null;
  note: string | null;
  majority: string;
  base: string;
  method: string;
  recorded_as: string | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  votes_blank: number | null;
  is_adopted: number | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  voted_at: string | null;
  /** Members present or represented, and their weight, when the vote was recorded. */
  eligible_count: number | null;
  eligible_weight: number | null;
}

export interface ElectionsTable {
  id: string;
  assembly_id: string;
  agenda_item_id: string;
  title: string;
  seats: number;
  is_secret: number;
  mandate_starts_on: string;
  mandate_ends_on: string | null;
  created_at: string;
  /** poll | show_of_hands_list | show_of_hands_candidates */
  method: Generated<string>;
  recorded_as: string | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  votes_blank: number | null;
  voted_at: string | null;
  /** Members present or represented (and their weight) at the time of a show of hands. */
  eligible_count: number | null;
  eligible_weight: number | null;
}

export interface ElectionCandidatesTable {
  id: string;
  election_id: string;
  person_id: string;
  label: string;
  position: number;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  votes_blank: number | null;
  is_elected: number | null;
  /** The role given with the show of hands (null: administrateur·rice), its title form and dates. */
  role: string | null;
  title_form: string | null;
  mandate_starts_on: string | null;
  mandate_ends_on: string | null;
  has_own_dates: Generated<number>;
}

export interface ElectionOutgoingTable {
  id: string;
  election_id: string;
  mandate_id: string;
  is_standing_again: number;
  position: number;
}

export interface BoardRolesTable {
  id: string;
  code: string;
  label_fr_masculine: string;
  label_fr_feminine: string;
  label_fr_neutral: string;
  label_en_masculine: string;
  label_en_feminine: string;
  label_en_neutral: string;
  position: number;
  created_at: string;
}

export interface PollsTable {
  id: string;
  assembly_id: string;
  resolution_id: string | null;
  election_id: string | null;
  title: string;
  is_secret: number;
  max_choices: number;
  status: string;
  eligible_count: number;
  eligible_weight: number;
  opened_at: string;
  closed_at: string | null;
  result: string | null;
  /** An encrypted secret poll: its ceremony, parameters (JSON), fingerprint, tally and record. */
  ceremony_id: string | null;
  encryption: string | null;
  fingerprint: string | null;
  tally: string | null;
  record: string | null;
  record_fingerprint: string | null;
}

export interface PollOptionsTable {
  id: string;
  poll_id: string;
  position: number;
  code: string;
  label: string;
  person_id: string | null;
}

export interface PollVotersTable {
  id: string;
  poll_id: string;
  membership_id: string;
  holder_membership_id: string;
  member_name: string;
  weight: number;
  has_voted: number;
  cast_key: string | null;
  /** An encrypted poll: the public credential the member's ballot was signed with. */
  credential: string | null;
}

export interface CeremoniesTable {
  id: string;
  assembly_id: string;
  threshold: number;
  /** certificates | commitments | verification_keys | ready */
  status: string;
  public_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface CeremonyTrusteesTable {
  id: string;
  ceremony_id: string;
  trustee_index: number;
  name: string;
  person_id: string | null;
  is_server: number;
  token_hash: string | null;
  certificate: string | null;
  commitment: string | null;
  verification_key: string | null;
}

export interface CeremonyServerSecretsTable {
  id: string;
  ceremony_id: string;
  encryption_secret: string;
  share_secret: string | null;
}

/** An encrypted ballot: no member, no weight, no time. */
export interface EncryptedBallotsTable {
  id: string;
  poll_id: string;
  tracker: string;
  credential: string;
  ballot: string;
}

export interface PartialDecryptionsTable {
  id: string;
  poll_id: string;
  trustee_index: number;
  partial: string;
  created_at: string;
}

export interface BallotsTable {
  id: string;
  poll_id: string;
  choices: string;
  weight: number;
  membership_id: string | null;
}

export interface MandatesTable {
  id: string;
  person_id: string;
  role: string;
  printed_name: string | null;
  organisation_label: string | null;
  position: number;
  starts_on: string;
  ends_on: string | null;
  election_id: string | null;
  created_at: string;
  /** feminine | masculine | neutral; null prints the neutral (inclusive) form. */
  title_form: string | null;
  /** Raised by every update; a write on an older version is refused (409 stale_version). */
  version: Generated<number>;
}

export interface Tables {
  association: AssociationTable;
  users: UsersTable;
  user_tokens: UserTokensTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  register_imports: RegisterImportsTable;
  audit_events: AuditEventsTable;
  persons: PersonsTable;
  organisations: OrganisationsTable;
  organisation_aliases: OrganisationAliasesTable;
  affiliations: AffiliationsTable;
  person_match_keys: PersonMatchKeysTable;
  person_search_words: PersonSearchWordsTable;
  memberships: MembershipsTable;
  membership_categories: MembershipCategoriesTable;
  membership_rates: MembershipRatesTable;
  register_fields: RegisterFieldsTable;
  membership_status_changes: MembershipStatusChangesTable;
  fee_grid_entries: FeeGridEntriesTable;
  fee_calls: FeeCallsTable;
  payments: PaymentsTable;
  statutes_versions: StatutesVersionsTable;
  assemblies: AssembliesTable;
  agenda_items: AgendaItemsTable;
  assembly_scrutineers: AssemblyScrutineersTable;
  attendances: AttendancesTable;
  proxies: ProxiesTable;
  questions: QuestionsTable;
  speaker_lists: SpeakerListsTable;
  speakers: SpeakersTable;
  workshops: WorkshopsTable;
  workshop_members: WorkshopMembersTable;
  convocations: ConvocationsTable;
  participant_sessions: ParticipantSessionsTable;
  resolutions: ResolutionsTable;
  elections: ElectionsTable;
  election_candidates: ElectionCandidatesTable;
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_voters: PollVotersTable;
  ballots: BallotsTable;
  ceremonies: CeremoniesTable;
  ceremony_trustees: CeremonyTrusteesTable;
  ceremony_server_secrets: CeremonyServerSecretsTable;
  encrypted_ballots: EncryptedBallotsTable;
  partial_decryptions: PartialDecryptionsTable;
  mandates: MandatesTable;
  election_outgoing: ElectionOutgoingTable;
  board_roles: BoardRolesTable;
  minutes: MinutesTable;
  minutes_sections: MinutesSectionsTable;
  minutes_item_notes: MinutesItemNotesTable;
  budgets: BudgetsTable;
  budget_columns: BudgetColumnsTable;
  budget_lines: BudgetLinesTable;
  budget_amounts: BudgetAmountsTable;
  annual_accounts: AnnualAccountsTable;
  annual_account_shares: AnnualAccountSharesTable;
  staff_functions: StaffFunctionsTable;
  staff_members: StaffMembersTable;
  staff_figures: StaffFiguresTable;
  programmes: ProgrammesTable;
  projects: ProjectsTable;
  project_partners: ProjectPartnersTable;
  agreements: AgreementsTable;
  programme_outputs: ProgrammeOutputsTable;
}

export type TableName = keyof Tables;

/**
 * The tables a backup archive holds, parents before children so that a restore satisfies every
 * foreign key as it goes. Sessions are left out on purpose: a restored database starts signed out.
 * The word index person_search_words is left out too: it is rebuilt from the persons at restore.
 * Uploads waiting to be imported (register_imports) are left out: they live a day at most.
 * Each new domain adds its tables here.
 */
export const archivedTables: readonly TableName[] = [
  'organisations',
  'organisation_aliases',
  'persons',
  'affiliations',
  'association',
  'users',
  'user_tokens',
  'recovery_codes',
  'audit_events',
  'person_match_keys',
  'register_fields',
  'membership_categories',
  'membership_rates',
  'memberships',
  'membership_status_changes',
  'fee_grid_entries',
  'fee_calls',
  'payments',
  'statutes_versions',
  'assemblies',
  'agenda_items',
  'assembly_scrutineers',
  'attendances',
  'proxies',
  'questions',
  'speaker_lists',
  'speakers',
  'workshops',
  'workshop_members',
  'convocations',
  'resolutions',
  'elections',
  'election_candidates',
  'ceremonies',
  'ceremony_trustees',
  'ceremony_server_secrets',
  'polls',
  'poll_options',
  'poll_voters',
  'ballots',
  'encrypted_ballots',
  'partial_decryptions',
  'mandates',
  'election_outgoing',
  'board_roles',
  'budgets',
  'budget_columns',
  'budget_lines',
  'budget_amounts',
  'annual_accounts',
  'annual_account_shares',
  'staff_functions',
  'staff_members',
  'staff_figures',
  'programmes',
  'projects',
  'project_partners',
  'agreements',
  'programme_outputs',
  'minutes',
  'minutes_sections',
  'minutes_item_notes',
];
