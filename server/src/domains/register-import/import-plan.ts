import type { Insertable } from 'kysely';
import { formatDisplayName, normalizeName } from '../../../../common/names.ts';
import type { DbOrTransaction, Engine } from '../../db/database.ts';
import type {
  AffiliationsTable,
  MembershipsTable,
  MembershipStatusChangesTable,
  OrganisationAliasesTable,
  OrganisationsTable,
  PersonMatchKeysTable,
  PersonsTable,
} from '../../db/tables.ts';
import { nowIso } from '../../ids.ts';
import type { RegisterFieldView } from '../../../../common/register-fields.schemas.ts';
import { customFieldsColumn } from '../register/register-fields.service.ts';
import { yearRates } from '../memberships/rates.service.ts';
import type { RateKind, YearRates } from '../../../../common/membership-categories.schemas.ts';
import { newOrderedId } from './ordered-ids.ts';
import { matchKeys, nameSignature, personSearchText, searchWords } from '../register/person-matching.ts';
import {
  guessOrganisationKind,
  parseDay,
  validateRow,
  type ImportMapping,
  type RateReading,
  type ImportCategories,
  type ImportField,
  type Rejection,
  type ValidRow,
} from './register-import.ts';
import {
  fillOrganisationFields,
  fillPersonFields,
  findAffiliationPairs,
  findMembershipsOf,
  findOrganisationsByAliases,
  findMatchKeyHolders,
  findPersonsByEmails,
  findPersonsByIds,
  insertMany,
  listOrganisationNamesOf,
  replaceSearchWords,
  updateSearchTexts,
  type MatchedPersonRow,
} from './register-import.repository.ts';

/** What a check (dry run) finds, and what an import then writes. */
export interface ImportReport {
  rows: number;
  valid: number;
  rejected: Rejection[];
  matchedPersons: { row: number; personId: string; name: string; matchedBy: 'email' | 'name' }[];
  matchedOrganisations: { row: number; organisationId: string; name: string }[];
  newPersons: number;
  newOrganisations: number;
  newAffiliations: number;
  newMemberships: number;
  /** Memberships the file names that the register already holds for that year: left as they are. */
  existingMemberships: number;
  /** Matched persons whose blank fields (e-mail, phone, address, notes) the file fills. */
  updatedPersons: number;
  /**
   * How the rate column's values are read: a rate of the year (its category with it), or, for a
   * value naming no rate but a category, that category at its full rate (`readAs: 'category'`).
   */
  rates: RateUse[];
}

/** One value of the rate column, as the import reads it. */
export interface RateUse {
  value: string;
  year: number;
  rows: number;
  readAs: 'rate' | 'category';
  category: string;
  kind: RateKind;
  conditions: string | null;
  amountCents: number | null;
}

export interface InputRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  /** Columns named like a field of the register (its label or code), by the field's code. */
  customFields?: Record<string, string>;
  /** The usual name's column, when the file has one. */
  usualName?: string;
}

type PersonFields = Pick<
  MatchedPersonRow,
  'email' | 'phone' | 'address_line' | 'postal_code' | 'city' | 'country' | 'notes' | 'usual_name'
>;
type FillableColumn = keyof PersonFields;
const fillableColumns: FillableColumn[] = [
  'email',
  'phone',
  'address_line',
  'postal_code',
  'city',
  'country',
  'notes',
  'usual_name',
];

/** A person as the plan knows them: found in the register or created by this import. */
interface KnownPerson extends PersonFields {
  id: string;
  firstName: string;
  lastName: string;
  /** Created by this import (not yet written, or written by an earlier batch). */
  isNew: boolean;
  /** The register's own fields of the person (JSON): as this import creates them, or as the register holds them. */
  customFields?: string | null;
}

interface KnownOrganisation {
  id: string;
  name: string;
  email: string | null;
  notes: string | null;
  isNew: boolean;
  /** The register's own fields of an organisation this import creates. */
  customFields?: Record<string, string>;
}

function fieldsOf(row: ValidRow): PersonFields {
  return {
    email: row.email,
    phone: row.person?.phone ?? null,
    address_line: row.person?.addressLine ?? null,
    postal_code: row.person?.postalCode ?? null,
    city: row.person?.city ?? null,
    country: row.person?.country ?? null,
    notes: row.notes,
    usual_name: row.person?.usualName ?? null,
  };
}

/** The rows one batch adds; written in this order so that every foreign key is satisfied. */
interface BatchWrites {
  organisations: KnownOrganisation[];
  persons: KnownPerson[];
  /** Every person the batch's rows name, found or new. */
  resolvedPersons: Map<string, KnownPerson>;
  personFills: Map<string, Partial<Record<FillableColumn, string>>>;
  organisationFills: Map<string, Partial<Record<'email' | 'notes', string>>>;
  affiliations: (Insertable<AffiliationsTable> & { organisationName: string })[];
  memberships: Insertable<MembershipsTable>[];
  statusChanges: Insertable<MembershipStatusChangesTable>[];
}

/**
 * Turns an import's rows into what the register gains, batch by batch: each batch's persons are
 * looked up through the e-mail index and the name-signature match keys, and its organisations
 * through their aliases, a few queries per batch rather than a comparison of every pair. With
 * `isWriting`, each batch is written as soon as it is planned (inside the caller's transaction);
 * once a row is refused, nothing more is written and the rest is only checked.
 */
export class ImportPlanner {
  readonly report: ImportReport = {
    rows: 0,
    valid: 0,
    rejected: [],
    matchedPersons: [],
    matchedOrganisations: [],
    newPersons: 0,
    newOrganisations: 0,
    newAffiliations: 0,
    newMemberships: 0,
    existingMemberships: 0,
    updatedPersons: 0,
    rates: [],
  };

  private readonly newPersonsBySignature = new Map<string, KnownPerson>();
  /** Persons whose e-mail this import gives them, new or filled: later rows with it are them. */
  private readonly personsByEmail = new Map<string, KnownPerson>();
  /** Persons found in the register, once each however many rows name them. */
  private readonly matchedPersons = new Map<string, KnownPerson>();
  /** Normalised name → organisation; null once looked up and not found. */
  private readonly organisations = new Map<string, KnownOrganisation | null>();
  private readonly affiliations = new Set<string>();
  private readonly memberships = new Set<string>();
  private readonly updatedPersonIds = new Set<string>();
  private readonly now = nowIso();
  /** Organisation names as written → normalised: a file names the same few hundred again and again. */
  private readonly organisationKeys = new Map<string, string>();

  private organisationKey(name: string): string {
    let key = this.organisationKeys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      if (this.organisationKeys.size < 100_000) this.organisationKeys.set(name, key);
    }
    return key;
  }

  constructor(
    private readonly db: DbOrTransaction,
    private readonly options: {
      isWriting: boolean;
      actorUserId: string | null;
      engine: Engine;
      categories: ImportCategories;
      /** The register's own fields, whose columns a file may carry. */
      fields: RegisterFieldView[];
      /** The file's columns by field, for refusals to name them. */
      mapping?: ImportMapping;
    },
  ) {}

  /** Each year's rates a file's rate column has asked for, read once. */
  private readonly rates = new Map<number, YearRates>();

  /** The register's own fields, whose columns a file may carry. */
  get fields(): RegisterFieldView[] {
    return this.options.fields;
  }

  /** How each value of the rate column is read, once per value and year, for the dry run to say it. */
  private noteRate(value: string, year: number, reading: RateReading): void {
    if (reading.outcome !== 'rate' && reading.outcome !== 'category') return;
    const known = this.report.rates.find((entry) => entry.value === value && entry.year === year);
    if (known) {
      known.rows += 1;
      return;
    }
    this.report.rates.push({
      value,
      year,
      rows: 1,
      readAs: reading.outcome,
      category: reading.category,
      kind: reading.rate.kind,
      conditions: reading.conditions,
      amountCents:
        reading.rate.amountCents ??
        this.rates.get(year)?.categories.find((entry) => entry.category === reading.category)?.fullCents ??
        null,
    });
  }

  /** Plans (and, when writing, writes) one batch of rows, in file order. */
  async addBatch(rows: InputRow[]): Promise<void> {
    const valid: ValidRow[] = [];
    for (const input of rows) {
      const year = Number(
        (input.values.membershipYear ?? '').trim() || parseDay(input.values.effectiveOn ?? '')?.slice(0, 4),
      );
      if (input.values.rate?.trim() && Number.isInteger(year) && year > 1900 && !this.rates.has(year))
        this.rates.set(year, await yearRates(this.db, year));
    }
    for (const input of rows) {
      this.report.rows += 1;
      const outcome = validateRow(input.row, input.values, this.options.categories, {
        fields: this.options.fields,
        values: input.customFields,
        ratesOf: (year) => this.rates.get(year)?.categories ?? [],
        ...(this.options.mapping ? { columns: this.options.mapping } : {}),
        onRate: (value, year, reading) => this.noteRate(value, year, reading),
        ...(input.usualName === undefined ? {} : { usualName: input.usualName }),
      });
      if (outcome.isValid) valid.push(outcome.value);
      else this.report.rejected.push(...outcome.rejections);
    }
    this.report.valid += valid.length;
    // A refused import writes nothing: past the first refusal, rows are only checked.
    if (this.options.isWriting && this.report.rejected.length > 0) return;
    if (valid.length === 0) return;

    const writes: BatchWrites = {
      organisations: [],
      persons: [],
      resolvedPersons: new Map(),
      personFills: new Map(),
      organisationFills: new Map(),
      affiliations: [],
      memberships: [],
      statusChanges: [],
    };
    const signatures = new Map<ValidRow, string>();
    for (const row of valid) if (row.person) signatures.set(row, nameSignature(row.person));
    await this.lookUpOrganisations(valid);
    const { byEmail, byName } = await this.lookUpPersons(valid, signatures);

    const resolved = valid.map((row) => {
      const organisation = row.organisation ? this.resolveOrganisation(row, writes) : null;
      const person = row.person
        ? this.resolvePerson(row, signatures.get(row)!, byEmail, byName.get(row), writes)
        : null;
      if (!row.person && organisation) this.fillOrganisation(organisation, row, writes);
      return { row, person, organisation };
    });

    await this.loadExistingMemberships(resolved);
    for (const { row, person, organisation } of resolved) {
      if (person && organisation) this.planAffiliation(person, organisation, row, writes);
      if (row.membership) {
        const owner = row.membership.owner === 'person' ? person : organisation;
        if (owner) this.planMembership(row, owner.id, row.membership.owner, organisation, writes);
      }
    }
    if (this.options.isWriting) await this.write(writes);
  }

  private async lookUpOrganisations(rows: ValidRow[]): Promise<void> {
    const names = new Set<string>();
    for (const row of rows) {
      if (!row.organisation) continue;
      const key = this.organisationKey(row.organisation);
      if (!this.organisations.has(key)) names.add(key);
    }
    for (const name of names) this.organisations.set(name, null);
    for (const found of await findOrganisationsByAliases(this.db, [...names])) {
      this.organisations.set(found.normalized_alias, {
        id: found.id,
        name: found.name,
        email: found.email,
        notes: found.notes,
        isNew: false,
      });
    }
  }

  /**
   * The register's persons the batch's rows may be: by e-mail, and by name signature through the
   * match keys. Homonyms (one signature, several persons) go to the one already affiliated to the
   * row's organisation, else to the first by id, so a run and its rerun choose alike.
   */
  private async lookUpPersons(rows: ValidRow[], signatures: Map<ValidRow, string>) {
    const emails = new Set<string>();
    const keys = new Set<string>();
    for (const row of rows) {
      if (!row.person) continue;
      if (row.email) emails.add(row.email);
      keys.add(`n:${signatures.get(row)}`);
    }
    const byEmail = new Map<string, MatchedPersonRow>();
    for (const found of await findPersonsByEmails(this.db, [...emails])) {
      const email = found.email!.toLowerCase();
      if (!byEmail.has(email)) byEmail.set(email, found);
    }
    const candidates = new Map<string, string[]>();
    for (const pair of await findMatchKeyHolders(this.db, [...keys])) {
      const list = candidates.get(pair.match_key) ?? [];
      list.push(pair.person_id);
      candidates.set(pair.match_key, list);
    }
    for (const list of candidates.values()) list.sort();

    // One query tells both which homonym speaks for the row's organisation and which links already
    // exist: the affiliations of every person a row with a known organisation may be.
    const mayBe = new Set<string>();
    for (const row of rows) {
      if (!row.person || !row.organisation) continue;
      if (!this.organisations.get(this.organisationKey(row.organisation))) continue;
      const byItsEmail = row.email ? byEmail.get(row.email) : undefined;
      if (byItsEmail) mayBe.add(byItsEmail.id);
      else for (const id of candidates.get(`n:${signatures.get(row)}`) ?? []) mayBe.add(id);
    }
    this.existingAffiliations = new Set(
      (await findAffiliationPairs(this.db, [...mayBe])).map(
        (pair) => `${pair.person_id}|${pair.organisation_id}`,
      ),
    );
    const affiliated = this.existingAffiliations;
    const chosen = new Map<ValidRow, string>();
    for (const row of rows) {
      if (!row.person || (row.email && byEmail.has(row.email))) continue;
      const list = candidates.get(`n:${signatures.get(row)}`);
      if (!list) continue;
      const organisation = row.organisation
        ? this.organisations.get(this.organisationKey(row.organisation))
        : undefined;
      const speaksFor = organisation
        ? list.find((id) => affiliated.has(`${id}|${organisation.id}`))
        : undefined;
      chosen.set(row, speaksFor ?? list[0]!);
    }
    const persons = new Map(
      (await findPersonsByIds(this.db, [...new Set(chosen.values())])).map((found) => [found.id, found]),
    );
    const byName = new Map<ValidRow, MatchedPersonRow>();
    for (const [row, id] of chosen) {
      const found = persons.get(id);
      if (found) byName.set(row, found);
    }
    return { byEmail, byName };
  }

  private resolveOrganisation(row: ValidRow, writes: BatchWrites): KnownOrganisation {
    const key = this.organisationKey(row.organisation!);
    const known = this.organisations.get(key);
    if (known) {
      if (!known.isNew) {
        this.report.matchedOrganisations.push({ row: row.row, organisationId: known.id, name: known.name });
      } else if (row.organisationFields && writes.organisations.includes(known)) {
        // A later row of the same new organisation fills the fields the first left blank.
        known.customFields = { ...row.organisationFields, ...known.customFields };
      }
      return known;
    }
    const created: KnownOrganisation = {
      id: newOrderedId(),
      name: row.organisation!,
      email: null,
      notes: null,
      isNew: true,
      ...(row.organisationFields ? { customFields: row.organisationFields } : {}),
    };
    this.organisations.set(key, created);
    this.report.newOrganisations += 1;
    writes.organisations.push(created);
    return created;
  }

  /** A row without a person speaks for its organisation: its e-mail and notes fill the blanks. */
  private fillOrganisation(organisation: KnownOrganisation, row: ValidRow, writes: BatchWrites): void {
    const isInThisBatch = writes.organisations.includes(organisation);
    for (const column of ['email', 'notes'] as const) {
      const value = row[column];
      if (value === null || organisation[column] !== null) continue;
      organisation[column] = value;
      if (isInThisBatch) continue;
      writes.organisationFills.set(organisation.id, {
        ...writes.organisationFills.get(organisation.id),
        [column]: value,
      });
    }
  }

  private resolvePerson(
    row: ValidRow,
    signature: string,
    byEmail: Map<string, MatchedPersonRow>,
    foundByName: MatchedPersonRow | undefined,
    writes: BatchWrites,
  ): KnownPerson {
    const names = row.person!;
    const foundByEmail = row.email ? byEmail.get(row.email) : undefined;
    const plannedByEmail = row.email ? this.personsByEmail.get(row.email) : undefined;
    let person: KnownPerson | undefined;
    // The e-mail first (the register's, then the file's), then the name signature.
    if (foundByEmail) person = this.matched(foundByEmail, row, 'email');
    else if (plannedByEmail) person = plannedByEmail;
    else if (foundByName) person = this.matched(foundByName, row, 'name');
    else person = this.newPersonsBySignature.get(signature);

    if (!person) {
      person = {
        id: newOrderedId(),
        firstName: names.firstName,
        lastName: names.lastName,
        ...fieldsOf(row),
        customFields: row.customFields ? customFieldsColumn(row.customFields) : null,
        isNew: true,
      };
      this.newPersonsBySignature.set(signature, person);
      if (row.email) this.personsByEmail.set(row.email, person);
      this.report.newPersons += 1;
      writes.persons.push(person);
    } else {
      this.fillPerson(person, row, writes);
    }
    writes.resolvedPersons.set(person.id, person);
    return person;
  }

  private matched(found: MatchedPersonRow, row: ValidRow, matchedBy: 'email' | 'name'): KnownPerson {
    this.report.matchedPersons.push({
      row: row.row,
      personId: found.id,
      name: formatDisplayName({ firstName: found.first_name, lastName: found.last_name }),
      matchedBy,
    });
    const known = this.matchedPersons.get(found.id);
    if (known) return known;
    const person: KnownPerson = {
      id: found.id,
      firstName: found.first_name,
      lastName: found.last_name,
      email: found.email,
      phone: found.phone,
      address_line: found.address_line,
      postal_code: found.postal_code,
      city: found.city,
      country: found.country,
      notes: found.notes,
      usual_name: found.usual_name,
      customFields: found.custom_fields,
      isNew: false,
    };
    this.matchedPersons.set(found.id, person);
    return person;
  }

  /** Blank fields of a known person take the row's values; nothing already held is overwritten. */
  private fillPerson(person: KnownPerson, row: ValidRow, writes: BatchWrites): void {
    const values = fieldsOf(row);
    const isInThisBatch = person.isNew && writes.persons.includes(person);
    for (const column of fillableColumns) {
      const value = values[column];
      if (value === null || person[column] !== null) continue;
      person[column] = value;
      if (column === 'email') this.personsByEmail.set(value, person);
      if (isInThisBatch) continue;
      writes.personFills.set(person.id, { ...writes.personFills.get(person.id), [column]: value });
      if (!person.isNew && !this.updatedPersonIds.has(person.id)) {
        this.updatedPersonIds.add(person.id);
        this.report.updatedPersons += 1;
      }
    }
  }

  private existingAffiliations = new Set<string>();
  private existingMemberships = new Set<string>();

  /**
   * Which of the batch's memberships the register already holds (its affiliations were read with
   * its persons, in lookUpPersons).
   */
  private async loadExistingMemberships(
    resolved: { row: ValidRow; person: KnownPerson | null; organisation: KnownOrganisation | null }[],
  ): Promise<void> {
    const personIds = new Set<string>();
    const organisationIds = new Set<string>();
    const years = new Set<number>();
    for (const { row, person, organisation } of resolved) {
      if (!row.membership) continue;
      years.add(row.membership.year);
      if (row.membership.owner === 'person' && person && !person.isNew) personIds.add(person.id);
      if (row.membership.owner === 'organisation' && organisation && !organisation.isNew) {
        organisationIds.add(organisation.id);
      }
    }
    this.existingMemberships = new Set(
      (
        await findMembershipsOf(this.db, [...years], {
          personIds: [...personIds],
          organisationIds: [...organisationIds],
        })
      ).map((membership) =>
        membership.person_id
          ? `${membership.year}|person|${membership.person_id}`
          : `${membership.year}|organisation|${membership.organisation_id}`,
      ),
    );
  }

  private planAffiliation(
    person: KnownPerson,
    organisation: KnownOrganisation,
    row: ValidRow,
    writes: BatchWrites,
  ): void {
    const key = `${person.id}|${organisation.id}`;
    if (this.affiliations.has(key) || this.existingAffiliations.has(key)) return;
    this.affiliations.add(key);
    this.report.newAffiliations += 1;
    writes.affiliations.push({
      id: newOrderedId(),
      person_id: person.id,
      organisation_id: organisation.id,
      title: row.title,
      is_staff: 0,
      starts_on: null,
      ends_on: null,
      created_at: this.now,
      organisationName: organisation.name,
    });
  }

  private planMembership(
    row: ValidRow,
    ownerId: string,
    owner: 'person' | 'organisation',
    organisation: KnownOrganisation | null,
    writes: BatchWrites,
  ): void {
    const membership = row.membership!;
    const key = `${membership.year}|${owner}|${ownerId}`;
    if (this.memberships.has(key) || this.existingMemberships.has(key)) {
      this.report.existingMemberships += 1;
      return;
    }
    this.memberships.add(key);
    this.report.newMemberships += 1;
    const id = newOrderedId();
    writes.memberships.push({
      id,
      year: membership.year,
      person_id: owner === 'person' ? ownerId : null,
      organisation_id: owner === 'organisation' ? ownerId : null,
      category: membership.category,
      // As in the demo: a cross-membership names the partner association, which is the member itself.
      partner_organisation_id: membership.hasPartner ? organisation!.id : null,
      notes: null,
      rate_kind: membership.rate?.kind ?? null,
      rate_id: membership.rate?.id ?? null,
      amount_cents: membership.rate?.amountCents ?? null,
      created_at: this.now,
      updated_at: this.now,
    });
    writes.statusChanges.push({
      id: newOrderedId(),
      membership_id: id,
      status: membership.status,
      effective_on: membership.effectiveOn,
      recorded_at: this.now,
      recorded_by: this.options.actorUserId,
    });
  }

  /**
   * Writes a batch. New persons get their search text and match keys computed by the same pure
   * functions refreshPersonIndex uses; persons written before this batch that gained an
   * affiliation or an e-mail get theirs recomputed from the database, as refreshPersonIndex would.
   */
  private async write(writes: BatchWrites): Promise<void> {
    const { db } = this;
    await insertMany(
      db,
      'organisations',
      writes.organisations.map((organisation): Insertable<OrganisationsTable> => ({
        id: organisation.id,
        name: organisation.name,
        kind: guessOrganisationKind(organisation.name),
        email: organisation.email,
        notes: organisation.notes,
        custom_fields: customFieldsColumn(organisation.customFields ?? {}),
        search_text: normalizeName(
          [organisation.name, ...Object.values(organisation.customFields ?? {})].join(' '),
        ),
        created_at: this.now,
        updated_at: this.now,
      })),
      this.options.engine,
    );
    await insertMany(
      db,
      'organisation_aliases',
      writes.organisations.map((organisation): Insertable<OrganisationAliasesTable> => ({
        id: newOrderedId(),
        organisation_id: organisation.id,
        alias: organisation.name,
        normalized_alias: normalizeName(organisation.name),
      })),
      this.options.engine,
    );

    const organisationNames = new Map<string, string[]>();
    for (const affiliation of writes.affiliations) {
      const names = organisationNames.get(affiliation.person_id) ?? [];
      names.push(affiliation.organisationName);
      organisationNames.set(affiliation.person_id, names);
    }
    const created = new Set<string>();
    const personRows: Insertable<PersonsTable>[] = [];
    const keyRows: Insertable<PersonMatchKeysTable>[] = [];
    for (const person of writes.persons) {
      created.add(person.id);
      const names = { firstName: person.firstName, lastName: person.lastName };
      personRows.push({
        id: person.id,
        civility: null,
        first_name: person.firstName,
        last_name: person.lastName,
        email: person.email,
        phone: person.phone,
        address_line: person.address_line,
        postal_code: person.postal_code,
        city: person.city,
        country: person.country,
        notes: person.notes,
        usual_name: person.usual_name,
        custom_fields: person.customFields ?? null,
        created_at: this.now,
        updated_at: this.now,
        search_text: personSearchText(
          { ...names, email: person.email, customFields: person.customFields ?? null },
          organisationNames.get(person.id) ?? [],
        ),
        email_consent_at: null,
        erased_at: null,
        merged_into_id: null,
      });
      for (const key of matchKeys(names))
        keyRows.push({ id: newOrderedId(), person_id: person.id, match_key: key });
    }
    // Rows sorted by their most scattered index: each statement then fills neighbouring index pages.
    personRows.sort((a, b) =>
      a.search_text! < b.search_text! ? -1 : a.search_text! > b.search_text! ? 1 : 0,
    );
    keyRows.sort((a, b) => (a.match_key < b.match_key ? -1 : a.match_key > b.match_key ? 1 : 0));
    const wordRows = personRows.flatMap((person) =>
      searchWords(person.search_text!).map((word) => ({ person_id: person.id, word })),
    );
    wordRows.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    await insertMany(db, 'persons', personRows, this.options.engine);
    await insertMany(db, 'person_match_keys', keyRows, this.options.engine);
    await insertMany(db, 'person_search_words', wordRows, this.options.engine);

    for (const [personId, changes] of writes.personFills) {
      await fillPersonFields(db, personId, changes, this.now);
    }
    for (const [organisationId, changes] of writes.organisationFills) {
      await fillOrganisationFields(db, organisationId, changes, this.now);
    }
    await insertMany(
      db,
      'affiliations',
      writes.affiliations.map(({ organisationName: _name, ...affiliation }) => affiliation),
      this.options.engine,
    );
    await insertMany(db, 'memberships', writes.memberships, this.options.engine);
    await insertMany(db, 'membership_status_changes', writes.statusChanges, this.options.engine);

    // Persons written before this batch whose affiliations or e-mail changed: search text recomputed.
    const touched = new Set<string>([
      ...writes.affiliations.map((affiliation) => affiliation.person_id),
      ...[...writes.personFills].filter(([, changes]) => changes.email !== undefined).map(([id]) => id),
    ]);
    for (const id of created) touched.delete(id);
    if (touched.size === 0) return;
    const names = new Map<string, string[]>();
    for (const row of await listOrganisationNamesOf(db, [...touched])) {
      names.set(row.person_id, [...(names.get(row.person_id) ?? []), row.name]);
    }
    const entries = [...touched].map((id) => {
      const person = writes.resolvedPersons.get(id)!;
      return {
        id,
        searchText: personSearchText(
          {
            firstName: person.firstName,
            lastName: person.lastName,
            email: person.email,
            customFields: person.customFields ?? null,
          },
          names.get(id) ?? [],
        ),
      };
    });
    await updateSearchTexts(db, entries);
    await replaceSearchWords(
      db,
      entries.map((entry) => ({ personId: entry.id, words: searchWords(entry.searchText) })),
      this.options.engine,
    );
  }
}
