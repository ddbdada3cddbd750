// npm run bench:minutes — rendering the minutes to PDF: the reference minutes (the demo's 2017
// assembly), warm, then the minutes of a large assembly: 2 000 members on the attendance sheet
// (one in ten excused), 60 resolutions under 60 agenda items. Most resolutions are voted by show of
// hands with their counts; a few are voted by named electronic poll of the members present, whose
// ballots the votes domain closes and counts (closePoll), so the minutes print the named-votes
// annex, member by member, as a large assembly voting electronically produces it. That document
// runs over 200 pages. Prints figures, asserts nothing. `-- --out FILE` also writes the large PDF.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { zonedTimeToUtc } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { toSessionUser } from '../server/src/domains/accounts/accounts.ts';
import { renderMinutesFile } from '../server/src/domains/minutes/minutes.service.ts';
import { closePoll } from '../server/src/domains/votes/polls.service.ts';
import { newId, nowIso } from '../server/src/ids.ts';
import { createUser } from '../server/test/factories.ts';
import { createTestRuntime } from '../server/test/test-runtime.ts';
import { insertIndividualMembers } from '../server/test/bulk-members.ts';

const attendees = 2_000;
const resolutions = 60;
/** Resolutions voted by named electronic poll: each prints its voters in the annex (~40 pages). */
const namedResolutions = 4;

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

const isExcused = (index: number) => index % 10 === 0;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A resolution's operative clause as long as real ones: its recitals, then what it decides. */
function resolutionText(number: number): string {
  const recitals = Array.from(
    { length: 6 },
    (_, index) =>
      `considérant le rapport n° ${number}.${index + 1} du conseil d’administration, les avis des commissions consultées et les observations formulées par les membres au cours de la séance sur la mise en œuvre du point ${number} de l’ordre du jour`,
  ).join(', ');
  return `${recitals}, approuve les propositions qui lui sont soumises au titre du point ${number} et donne mandat au bureau pour les mettre en œuvre dans l’exercice à venir`;
}

const test = await createTestRuntime('sqlite');

/**
 * The named electronic polls, as the votes domain stores them: the poll on the resolution, its
 * options, the voters frozen at the opening (the members present), one ballot per member who voted
 * (nineteen in twenty), then closePoll counts them and records the outcome on the resolution.
 */
async function voteByNamedPolls(assemblyId: string, voters: { membershipId: string; name: string }[]) {
  const { db } = test.runtime.database;
  const actor = toSessionUser(await createUser(test.runtime, { role: 'secretary' }));
  const named = await db
    .selectFrom('resolutions')
    .select(['id', 'title', 'position'])
    .where('assembly_id', '=', assemblyId)
    .where('method', '=', 'named')
    .orderBy('position')
    .execute();
  const choices = ['for', 'for', 'for', 'for', 'against', 'abstain', 'for', 'against', 'for', 'for'];
  const start = Date.parse(nowIso());
  for (const resolution of named) {
    const pollId = newId();
    const openedAt = new Date(start + resolution.position * 60_000).toISOString();
    await db
      .insertInto('polls')
      .values({
        id: pollId,
        assembly_id: assemblyId,
        resolution_id: resolution.id,
        election_id: null,
        title: resolution.title,
        is_secret: 0,
        max_choices: 1,
        status: 'open',
        eligible_count: voters.length,
        eligible_weight: voters.length,
        opened_at: openedAt,
        closed_at: null,
        result: null,
      })
      .execute();
    await db
      .insertInto('poll_options')
      .values(
        [
          ['for', 'Pour'],
          ['against', 'Contre'],
          ['abstain', 'Abstention'],
        ].map(([code, label], index) => ({
          id: newId(),
          poll_id: pollId,
          position: index + 1,
          code: code!,
          label: label!,
          person_id: null,
        })),
      )
      .execute();
    for (let first = 0; first < voters.length; first += 250) {
      const batch = voters.slice(first, first + 250).map((voter, index) => ({
        ...voter,
        hasVoted: (first + index + resolution.position) % 20 !== 0,
        choice: choices[(first + index * 7 + resolution.position) % choices.length]!,
      }));
      await db
        .insertInto('poll_voters')
        .values(
          batch.map((voter) => ({
            id: newId(),
            poll_id: pollId,
            membership_id: voter.membershipId,
            holder_membership_id: voter.membershipId,
            member_name: voter.name,
            weight: 1,
            has_voted: voter.hasVoted ? 1 : 0,
            cast_key: null,
          })),
        )
        .execute();
      const ballots = batch.filter((voter) => voter.hasVoted);
      if (ballots.length > 0)
        await db
          .insertInto('ballots')
          .values(
            ballots.map((voter) => ({
              id: newId(),
              poll_id: pollId,
              choices: JSON.stringify([voter.choice]),
              weight: 1,
              membership_id: voter.membershipId,
            })),
          )
          .execute();
    }
    await closePoll(test.runtime, { actor, slug: 'ag-bench', pollId });
  }
}

try {
  const { db } = test.runtime.database;
  await loadDemo(db);
  const render = () => renderMinutesFile(test.runtime, { actor: null, slug: 'ag-2017', format: 'pdf' });
  const cold = performance.now();
  const first = await render();
  const coldMs = performance.now() - cold;
  const warm: number[] = [];
  for (let run = 0; run < 10; run += 1) {
    const start = performance.now();
    await render();
    warm.push(performance.now() - start);
  }
  console.log(
    `reference minutes (ag-2017) to PDF: ${pageCount(first.body)} pages, ${first.body.length} bytes; cold ${coldMs.toFixed(0)} ms, warm median ${median(warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms (target < 300 ms)`,
  );

  const assemblyId = newId();
  const now = nowIso();
  await db
    .insertInto('assemblies')
    .values({
      id: assemblyId,
      slug: 'ag-bench',
      kind: 'ordinary',
      title: 'Grande assemblée',
      held_on: '2026-06-20',
      place: 'Palais des congrès',
      planned_start_at: zonedTimeToUtc('2026-06-20', '09:00', 'Europe/Paris'),
      planned_end_at: zonedTimeToUtc('2026-06-20', '18:00', 'Europe/Paris'),
      actual_start_at: zonedTimeToUtc('2026-06-20', '09:05', 'Europe/Paris'),
      actual_end_at: zonedTimeToUtc('2026-06-20', '17:40', 'Europe/Paris'),
      chair_person_id: null,
      secretary_person_id: null,
      membership_year: 2026,
      is_second_convocation: 0,
      statutes_version_id: null,
      quorum_snapshot: null,
      current_agenda_item_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  /** The members present, who vote in the named polls. */
  const present: { membershipId: string; name: string }[] = [];
  for (let start = 0; start < attendees; start += 200) {
    const persons = Array.from({ length: 200 }, (_, index) => ({
      id: newId(),
      membershipId: newId(),
      first_name: `Prénom${start + index}`,
      last_name: `Participant${String(start + index).padStart(4, '0')}`,
    }));
    await insertIndividualMembers(
      db,
      persons.map((person) => ({
        personId: person.id,
        membershipId: person.membershipId,
        firstName: person.first_name,
        lastName: person.last_name,
      })),
      { year: 2026, now },
    );
    await db
      .insertInto('attendances')
      .values(
        persons.map((person, index) => ({
          id: newId(),
          assembly_id: assemblyId,
          person_id: person.id,
          organisation_id: null,
          membership_id: person.membershipId,
          label: `Commune n° ${start + index} - Conseil municipal`,
          role: 'voting_member',
          status: isExcused(start + index) ? 'excused' : 'present',
          position: start + index + 1,
          arrived_at: null,
          left_at: null,
          updated_at: now,
        })),
      )
      .execute();
    for (const [index, person] of persons.entries())
      if (!isExcused(start + index))
        present.push({
          membershipId: person.membershipId,
          name: `${person.last_name.toUpperCase()} ${person.first_name}`,
        });
  }
  const agendaItems = Array.from({ length: resolutions }, (_, index) => ({
    id: newId(),
    assembly_id: assemblyId,
    position: index + 1,
    kind: 'deliberative',
    title: `Point ${index + 1} : délibération du programme ${index + 1}`,
    presenter: null,
    planned_minutes: 5,
  }));
  await db.insertInto('agenda_items').values(agendaItems).execute();
  await db
    .insertInto('resolutions')
    .values(
      agendaItems.map((item, index) => {
        const votesFor = 1_200 + ((index * 37) % 500);
        const votesAgainst = (index * 53) % 300;
        const isNamed = index < namedResolutions;
        return {
          id: newId(),
          assembly_id: assemblyId,
          agenda_item_id: item.id,
          position: index + 1,
          title: `RÉSOLUTION N° ${index + 1} : PROGRAMME ${index + 1}`,
          text: resolutionText(index + 1),
          text_en: null,
          note: `Les documents relatifs au point ${index + 1} sont tenus à la disposition des membres au siège de l’association.`,
          majority: 'simple',
          base: 'expressed',
          method: isNamed ? 'named' : 'show_of_hands',
          recorded_as: isNamed ? null : 'counts',
          votes_for: isNamed ? null : votesFor,
          votes_against: isNamed ? null : votesAgainst,
          votes_abstain: isNamed ? null : (index * 7) % 40,
          votes_blank: isNamed ? null : 0,
          is_adopted: isNamed ? null : votesFor > votesAgainst ? 1 : 0,
          decided_at: isNamed ? null : now,
          created_at: now,
          updated_at: now,
        };
      }),
    )
    .execute();
  await voteByNamedPolls(assemblyId, present);
  const large = performance.now();
  const big = await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-bench', format: 'pdf' });
  const largeMs = performance.now() - large;
  console.log(
    `large minutes (${attendees} attendees, ${resolutions} resolutions of which ${namedResolutions} by named electronic poll) to PDF: ${pageCount(big.body)} pages, ${big.body.length} bytes in ${(largeMs / 1000).toFixed(2)} s (target < 10 s for 200 pages)`,
  );
  const out = process.argv.indexOf('--out');
  if (out > 0 && process.argv[out + 1]) fs.writeFileSync(process.argv[out + 1]!, big.body);
} finally {
  await test.close();
}
