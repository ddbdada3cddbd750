import { formatDisplayName, normalizeName } from '../../../../common/names.ts';
import type { PasteReportResponse } from '../../../../common/register-import.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction, Engine } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { nameSignature } from '../register/person-matching.ts';
import { addAffiliationsWithin, addPersonWithin } from '../register/persons.service.ts';
import {
  isTitleLike,
  organisationsInTitle,
  parsePastedLines,
  type PastedLine,
  type PastedLineRejection,
} from './paste-lines.ts';
import { guessOrganisationKind } from './register-import.ts';
import {
  findAffiliationPairs,
  findOrganisationsByAliases,
  findPersonsByMatchKeys,
  insertMany,
} from './register-import.repository.ts';

interface Resolution {
  parsed: PastedLine;
  person: { id: string; name: string; isNew: boolean };
  organisation: { id: string; name: string; isNew: boolean } | null;
  label: string | null;
  title: string | null;
  affiliation: 'new' | 'existing' | 'none';
}

/** What a line's detail is: an organisation found by one of its names, a label, or a new organisation. */
function readDetail(detail: string, organisations: Map<string, { id: string; name: string }>) {
  const found = organisations.get(normalizeName(detail));
  if (found) return { organisation: found, label: null };
  if (isTitleLike(detail)) {
    for (const candidate of organisationsInTitle(detail)) {
      const inTitle = organisations.get(normalizeName(candidate));
      if (inTitle) return { organisation: inTitle, label: detail };
    }
    return { organisation: null, label: detail };
  }
  return { organisation: undefined, label: null };
}

async function resolve(db: DbOrTransaction, lines: PastedLine[]): Promise<Resolution[]> {
  const names = new Set<string>();
  for (const line of lines) {
    if (!line.detail) continue;
    names.add(normalizeName(line.detail));
    for (const candidate of organisationsInTitle(line.detail)) names.add(normalizeName(candidate));
  }
  const organisations = new Map<string, { id: string; name: string }>();
  for (const row of await findOrganisationsByAliases(db, [...names])) {
    organisations.set(row.normalized_alias, { id: row.id, name: row.name });
  }
  const candidates = new Map<string, { id: string; name: string }[]>();
  const keys = [...new Set(lines.map((line) => `n:${nameSignature(line)}`))];
  for (const row of await findPersonsByMatchKeys(db, keys)) {
    const list = candidates.get(row.match_key) ?? [];
    list.push({
      id: row.id,
      name: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }),
    });
    candidates.set(row.match_key, list);
  }

  const newOrganisations = new Map<string, { id: string; name: string; isNew: boolean }>();
  const newPersons = new Map<string, { id: string; name: string; isNew: boolean }>();
  const drafts = lines.map((line) => {
    let organisation: Resolution['organisation'] = null;
    let label: string | null = null;
    if (line.detail) {
      const read = readDetail(line.detail, organisations);
      label = read.label;
      if (read.organisation) organisation = { ...read.organisation, isNew: false };
      else if (read.organisation === undefined) {
        const key = normalizeName(line.detail);
        organisation = newOrganisations.get(key) ?? { id: newId(), name: line.detail, isNew: true };
        newOrganisations.set(key, organisation);
      }
    }
    return { line, organisation, label };
  });
  const known = await findAffiliationPairs(
    db,
    [...candidates.values()].flat().map((candidate) => candidate.id),
  );
  const pairs = new Set(known.map((pair) => `${pair.person_id}|${pair.organisation_id}`));
  const planned = new Set<string>();

  return drafts.map(({ line, organisation, label }) => {
    const signature = nameSignature(line);
    const found = candidates.get(`n:${signature}`) ?? [];
    // Homonyms: the one who already speaks for this organisation, else the oldest record.
    const match =
      found.find((candidate) => organisation && pairs.has(`${candidate.id}|${organisation.id}`)) ?? found[0];
    const person = match
      ? { ...match, isNew: false }
      : (newPersons.get(signature) ?? {
          id: newId(),
          name: formatDisplayName(line),
          isNew: true,
        });
    if (!match) newPersons.set(signature, person);
    let affiliation: Resolution['affiliation'] = 'none';
    if (organisation) {
      const key = `${person.id}|${organisation.id}`;
      affiliation = pairs.has(key) || planned.has(key) ? 'existing' : 'new';
      planned.add(key);
    }
    return {
      parsed: line,
      person,
      organisation,
      label,
      title: line.title ?? (organisation ? label : null),
      affiliation,
    };
  });
}

async function write(db: DbOrTransaction, engine: Engine, resolutions: Resolution[]): Promise<void> {
  const now = nowIso();
  const organisations = new Map<string, { id: string; name: string }>();
  for (const { organisation } of resolutions) {
    if (organisation?.isNew) organisations.set(organisation.id, organisation);
  }
  await insertMany(
    db,
    'organisations',
    [...organisations.values()].map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      kind: guessOrganisationKind(organisation.name),
      email: null,
      notes: null,
      search_text: normalizeName(organisation.name),
      created_at: now,
      updated_at: now,
    })),
    engine,
  );
  await insertMany(
    db,
    'organisation_aliases',
    [...organisations.values()].map((organisation) => ({
      id: newId(),
      organisation_id: organisation.id,
      alias: organisation.name,
      normalized_alias: normalizeName(organisation.name),
    })),
    engine,
  );
  const created = new Set<string>();
  for (const { parsed, person, organisation, label } of resolutions) {
    if (!person.isNew || created.has(person.id)) continue;
    created.add(person.id);
    // A label without an organisation ("Personnalité qualifiée") is kept as a note.
    await addPersonWithin(db, {
      id: person.id,
      firstName: parsed.firstName,
      lastName: parsed.lastName,
      notes: organisation ? null : label,
      now,
    });
  }
  await addAffiliationsWithin(
    db,
    resolutions.flatMap(({ person, organisation, affiliation, title }) =>
      organisation && affiliation === 'new'
        ? [{ personId: person.id, organisationId: organisation.id, title, now }]
        : [],
    ),
  );
}

/**
 * Pasted attendance lines matched to the register: each person by name signature, each
 * organisation by any of its names. A dry run reports; otherwise missing persons, organisations
 * and affiliations are created in one transaction, or nothing when a line cannot be read.
 */
export async function pasteRegisterLines(
  context: ServiceContext,
  options: { actor: SessionUser | null; text: string; isDryRun: boolean },
): Promise<PasteReportResponse> {
  const parsed = parsePastedLines(options.text);
  const lines = parsed.filter((entry): entry is PastedLine => !('reason' in entry));
  const rejected = parsed.filter((entry): entry is PastedLineRejection => 'reason' in entry);
  if (!options.isDryRun && rejected.length > 0) {
    throw new AppError('validation_failed', undefined, {
      detail: 'paste_lines_unreadable',
      errors: rejected.map((entry) => ({ path: `body.text.line.${entry.line}`, message: entry.reason })),
    });
  }
  if (lines.length === 0 && rejected.length === 0) {
    throw new AppError('validation_failed', undefined, {
      detail: 'paste_nothing_to_read',
      errors: [{ path: 'body.text', message: 'required' }],
    });
  }
  const resolutions = options.isDryRun
    ? await resolve(context.database.db, lines)
    : await context.database.db.transaction().execute(async (transaction) => {
        const resolved = await resolve(transaction, lines);
        await write(transaction, context.database.engine, resolved);
        await recordAuditEvent(transaction, {
          actorUserId: options.actor?.id ?? null,
          action: 'register.lines_pasted',
          subjectType: 'register',
          subjectId: null,
          details: { lines: lines.length, ...counts(resolved) },
        });
        return resolved;
      });
  return {
    lines: resolutions.map((resolution) => ({
      line: resolution.parsed.line,
      text: resolution.parsed.text,
      firstName: resolution.parsed.firstName,
      lastName: resolution.parsed.lastName,
      title: resolution.title,
      label: resolution.label,
      person: {
        ...resolution.person,
        id: options.isDryRun && resolution.person.isNew ? null : resolution.person.id,
      },
      organisation: resolution.organisation && {
        ...resolution.organisation,
        id: options.isDryRun && resolution.organisation.isNew ? null : resolution.organisation.id,
      },
      affiliation: resolution.affiliation,
    })),
    rejected,
    ...counts(resolutions),
    isWritten: !options.isDryRun,
  };
}

function counts(resolutions: Resolution[]) {
  const distinct = (predicate: (resolution: Resolution) => string | undefined) =>
    new Set(resolutions.map(predicate).filter((value) => value !== undefined)).size;
  return {
    matchedPersons: distinct((entry) => (entry.person.isNew ? undefined : entry.person.id)),
    matchedOrganisations: distinct((entry) =>
      entry.organisation && !entry.organisation.isNew ? entry.organisation.id : undefined,
    ),
    newPersons: distinct((entry) => (entry.person.isNew ? entry.person.id : undefined)),
    newOrganisations: distinct((entry) => (entry.organisation?.isNew ? entry.organisation.id : undefined)),
    newAffiliations: resolutions.filter((entry) => entry.affiliation === 'new').length,
  };
}
