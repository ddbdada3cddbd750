// npm run bench:minutes — rendering the minutes to PDF: the reference minutes (the demo's 2017
// assembly), warm, then a 200-page document of a large assembly (2 000 attendees on the sheet, 60
// resolutions). Resolutions come with issue #5: until then they are a generated section of synthetic
// blocks registered here (heading, motion, vote table per resolution), so the renderer's work is
// the same. Prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import { zonedTimeToUtc } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { heading, paragraph, type Block } from '../common/documents/blocks.ts';
import { renderMinutesFile } from '../server/src/domains/minutes/minutes.service.ts';
import { registerSectionKind } from '../server/src/domains/minutes/section-kinds.ts';
import { newId, nowIso } from '../server/src/ids.ts';
import { createTestRuntime } from '../server/test/test-runtime.ts';

const attendees = 2_000;
const resolutions = 60;

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

registerSectionKind({
  kind: 'bench_resolutions',
  label: { fr: 'Résolutions (synthétiques)', en: 'Resolutions (synthetic)' },
  defaultPosition: 110,
  async build(_context, assembly) {
    if (assembly.slug !== 'ag-bench') return [];
    const blocks: Block[] = [heading(2, 'Résolutions')];
    for (let number = 1; number <= resolutions; number += 1) {
      blocks.push(
        heading(3, `Résolution n° ${number} : approbation du point ${number} de l’ordre du jour`),
        paragraph(
          `L’Assemblée générale, après avoir entendu le rapport du conseil d’administration sur le point ${number}, approuve les propositions qui lui sont soumises et donne mandat au bureau pour les mettre en œuvre. `.repeat(
            5,
          ),
        ),
        {
          type: 'table',
          header: [['Collège', 'Pour', 'Contre', 'Abstention', 'Procurations']],
          rows: Array.from({ length: 110 }, (_, college) => [
            `Collège ${college + 1}`,
            String(60 + ((number * college) % 17)),
            String((number + college) % 9),
            String((number * 3 + college) % 5),
            String(college % 4),
          ]),
          align: ['left', 'right', 'right', 'right', 'right'],
        },
        paragraph(`La résolution n° ${number} est adoptée à la majorité simple.`),
      );
    }
    return blocks;
  },
});

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
  const large = performance.now();
  const big = await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-bench', format: 'pdf' });
  const largeMs = performance.now() - large;
  console.log(
    `large minutes (${attendees} attendees, ${resolutions} synthetic resolutions) to PDF: ${pageCount(big.body)} pages, ${big.body.length} bytes in ${(largeMs / 1000).toFixed(2)} s (target < 10 s)`,
  );
} finally {
  await test.close();
}
