import { bold, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { attendanceRowsOf } from '../../assemblies/assemblies.service.ts';
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
  defaultPosition: 20,
  async build(context, assembly, lang) {
    const sheet = await sheetOf(context, assembly);
    const order = new Map(
      (await attendanceRowsOf(context.database.db, assembly.id)).map((row, index) => [row.id, index]),
    );
    const others = [...sheet.attendees, ...sheet.guests].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    const line = (row: Row, separator: string) => {
      const named = `${nameOf(row)}${row.administrativeName && row.label ? `${separator}${row.label}` : ''}`;
      return row.status === 'remote' ? translate(lang, 'minutes:attendance_remote', { line: named }) : named;
    };
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
      translate(lang, 'minutes:attendance_present'),
      present.map((row) => line(row, ' - ')),
    );
    group(
      translate(lang, 'minutes:attendance_represented'),
      represented.map((member) =>
        translate(lang, 'minutes:attendance_represented_by', {
          member: member.memberName,
          holder: member.representedBy ?? '?',
        }),
      ),
    );
    group(
      translate(lang, 'minutes:attendance_staff', { association: context.association.shortName }),
      staff.map((row) => line(row, ', ')),
    );
    group(
      translate(lang, 'minutes:attendance_excused'),
      excused.map((row) => line(row, ' - ')),
    );
    if (blocks.length === 0) blocks.push(paragraph(translate(lang, 'minutes:attendance_empty')));
    return blocks;
  },
});
