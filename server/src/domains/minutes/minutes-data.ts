import { formatDisplayName, titleFormOfCivility } from '../../../../common/names.ts';
import type { TitleForm } from '../../../../common/votes.schemas.ts';
import type { AssemblyRow } from '../assemblies/assemblies.service.ts';
import { computeSheet } from '../assemblies/attendance.service.ts';
import { boardComposition, listMandates } from '../votes/board.service.ts';
import {
  findCurrentMinutes,
  findPersonNames,
  listItemNotes,
  listMembershipMembers,
} from './minutes.repository.ts';
import type { MinutesBuildContext } from './section-kinds.ts';

/** The attendance sheet with the frozen quorum, read once per rendering. */
export function sheetOf(context: MinutesBuildContext, assembly: AssemblyRow) {
  return context.shared(`sheet:${assembly.id}`, () => computeSheet(context.database.db, assembly));
}

export interface Officer {
  name: string;
  /** The form of their title on the board that day ("feminine": "La présidente de séance"), if known. */
  titleForm: TitleForm | null;
  /** The label they attend under, e.g. "Président de la 27e Région". */
  label: string | null;
}

/** The chair and the secretary of the session, by name, with the label they attend under. */
export function officersOf(context: MinutesBuildContext, assembly: AssemblyRow) {
  return context.shared(`officers:${assembly.id}`, async () => {
    const sheet = await sheetOf(context, assembly);
    const ids = [assembly.chair_person_id, assembly.secretary_person_id].filter(
      (id): id is string => id !== null,
    );
    const persons = await findPersonNames(context.database.db, ids);
    const names = new Map(
      persons.map((row) => [
        row.id,
        formatDisplayName({ firstName: row.first_name, lastName: row.last_name }),
      ]),
    );
    const civilityOf = (personId: string) => persons.find((row) => row.id === personId)?.civility ?? null;
    const rows = [...sheet.attendees, ...sheet.guests, ...sheet.staff];
    const { board } = await boardComposition(context, assembly.held_on);
    // The form of a person's title: their mandate on the day, else their latest mandate that says it,
    // else their civility in the register ("Mme": "La présidente de séance").
    const mandates = [
      ...board,
      ...(await listMandates(context)).sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
    ];
    const titleFormOf = (personId: string) =>
      mandates.find((mandate) => mandate.personId === personId && mandate.titleForm)?.titleForm ??
      titleFormOfCivility(civilityOf(personId));
    const officer = (personId: string | null): Officer | null =>
      personId && names.has(personId)
        ? {
            name: names.get(personId)!,
            titleForm: titleFormOf(personId),
            label: rows.find((row) => row.personId === personId)?.label ?? null,
          }
        : null;
    // The treasurer is the board's, on the day of the meeting, when present: by mandate, not by label.
    const present = new Set(rows.filter((row) => row.status === 'present').map((row) => row.personId));
    const treasurer = board.find((mandate) => mandate.role === 'treasurer' && present.has(mandate.personId));
    return {
      chair: officer(assembly.chair_person_id),
      secretary: officer(assembly.secretary_person_id),
      treasurer: treasurer ? { name: treasurer.personName, title: treasurer.roleLabel } : null,
    };
  });
}

/** Each membership of the year with the name of its member, for the lists the summary prints. */
export function membershipMembersOf(context: MinutesBuildContext, year: number) {
  return context.shared(`membership-members:${year}`, () => listMembershipMembers(context.database.db, year));
}

/** The secretary's notes of the current minutes, by agenda item: only those with something written. */
export function itemNotesOf(context: MinutesBuildContext, assembly: AssemblyRow) {
  return context.shared(`item-notes:${assembly.id}`, async () => {
    const minutes = await findCurrentMinutes(context.database.db, assembly.id);
    const notes = minutes ? await listItemNotes(context.database.db, minutes.id) : [];
    return new Map(
      notes.filter((note) => note.markdown.trim()).map((note) => [note.agenda_item_id, note.markdown]),
    );
  });
}
