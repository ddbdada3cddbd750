import { bold, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { listAttendanceRows } from '../../assemblies/assemblies.repository.ts';
import { sheetOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

type Row = { id: string; administrativeName: string | null; label: string | null; status: string };

const nameOf = (row: Row) => row.administrativeName ?? row.label ?? '';

/**
 * The people present with the label they attend under, exactly as recorded ("PAUL Christian -
 * Président de la 27e Région"), the members represented and by whom, the team, the excused.
 */
registerSectionKind({
  kind: 'attendance',
  label: { fr: 'Présents, représentés, équipe, excusés', en: 'Present, represented, staff, excused' },
  defaultPosition: 20,
  async build(context, assembly, lang) {
    const sheet = await sheetOf(context, assembly);
    const isFr = lang === 'fr';
    const remote = isFr ? ' (à distance)' : ' (remote)';
    const order = new Map(
      (await listAttendanceRows(context.database.db, assembly.id)).map((row, index) => [row.id, index]),
    );
    const others = [...sheet.attendees, ...sheet.guests].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    const line = (row: Row, separator: string) =>
      `${nameOf(row)}${row.administrativeName && row.label ? `${separator}${row.label}` : ''}${row.status === 'remote' ? remote : ''}`;
    const present = others.filter((row) => row.status === 'present' || row.status === 'remote');
    const staff = sheet.staff.filter((row) => row.status === 'present' || row.status === 'remote');
    const excused = others.filter((row) => row.status === 'excused');
    const represented = sheet.votingMembers.filter((member) => member.presence === 'represented');
    const blocks: Block[] = [];
    const group = (title: string, lines: string[]) => {
      if (lines.length === 0) return;
      blocks.push(paragraph(bold(title)), list(lines));
    };
    group(
      isFr ? 'Étaient présents :' : 'Present:',
      present.map((row) => line(row, ' - ')),
    );
    group(
      isFr ? 'Étaient représentés :' : 'Represented:',
      represented.map((member) =>
        isFr
          ? `${member.memberName}, représenté par ${member.representedBy ?? '?'}`
          : `${member.memberName}, represented by ${member.representedBy ?? '?'}`,
      ),
    );
    group(
      isFr ? `Équipe ${context.association.shortName} :` : `${context.association.shortName} team:`,
      staff.map((row) => line(row, ', ')),
    );
    group(
      isFr ? 'Étaient excusés :' : 'Excused:',
      excused.map((row) => line(row, ' - ')),
    );
    if (blocks.length === 0)
      blocks.push(paragraph(isFr ? 'La feuille d’émargement est vide.' : 'The attendance sheet is empty.'));
    return blocks;
  },
});
