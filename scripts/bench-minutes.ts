// npm run bench:minutes — rendering the minutes to PDF: the reference minutes (the demo's 2017
// assembly), warm, then the minutes of a large assembly (2 000 attendees on the sheet, 60
// resolutions under 60 agenda items, created as data with their counts, printed by the resolutions
// section). Prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import { zonedTimeToUtc } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { renderMinutesFile } from '../server/src/domains/minutes/minutes.service.ts';
import { newId, nowIso } from '../server/src/ids.ts';
import { createTestRuntime } from '../server/test/test-runtime.ts';

const attendees = 2_000;
const resolutions = 60;

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

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
  for (let start = 0; start < attendees; start += 200) {
    const persons = Array.from({ length: 200 }, (_, index) => ({
      id: newId(),
      first_name: `Prénom${start + index}`,
      last_name: `Participant${String(start + index).padStart(4, '0')}`,
    }));
    await db
      .insertInto('persons')
      .values(
        persons.map((person) => ({
          ...person,
          civility: null,
          email: null,
          phone: null,
          address_line: null,
          postal_code: null,
          city: null,
          country: null,
          notes: null,
          created_at: now,
          updated_at: now,
          email_consent_at: null,
          erased_at: null,
          merged_into_id: null,
        })),
      )
      .execute();
    await db
      .insertInto('attendances')
      .values(
        persons.map((person, index) => ({
          id: newId(),
          assembly_id: assemblyId,
          person_id: person.id,
          organisation_id: null,
          membership_id: null,
          label: `Commune n° ${start + index} - Conseil municipal`,
          role: 'guest',
          status: (start + index) % 10 === 0 ? 'excused' : 'present',
          position: start + index + 1,
          arrived_at: null,
          left_at: null,
          updated_at: now,
        })),
      )
      .execute();
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
          method: 'show_of_hands',
          recorded_as: 'counts',
          votes_for: votesFor,
          votes_against: votesAgainst,
          votes_abstain: (index * 7) % 40,
          votes_blank: 0,
          is_adopted: votesFor > votesAgainst ? 1 : 0,
          decided_at: now,
          created_at: now,
          updated_at: now,
        };
      }),
    )
    .execute();
  const large = performance.now();
  const big = await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-bench', format: 'pdf' });
  const largeMs = performance.now() - large;
  console.log(
    `large minutes (${attendees} attendees, ${resolutions} resolutions) to PDF: ${pageCount(big.body)} pages, ${big.body.length} bytes in ${(largeMs / 1000).toFixed(2)} s (target < 10 s for 200 pages)`,
  );
} finally {
  await test.close();
}
