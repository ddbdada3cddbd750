import { formatTime } from '../../../../../common/format.ts';
import { bold, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { attendanceRowsOf } from '../../assemblies/assemblies.service.ts';
import { sheetOf } from '../minutes-data.ts';
import { listProxyTimes } from '../minutes.repository.ts';
import { registerSectionKind } from '../section-kinds.ts';

type Row = {
  id: string;
  administrativeName: string | null;
  label: string | null;
  status: string;
  membershipId: string | null;
  arrivedAt: string | null;
  leftAt: string | null;
  votesFrom: string | null;
};

const nameOf = (row: Row) => row.administrativeName ?? row.label ?? '';
const attended = (row: Row) => row.status === 'present' || row.status === 'remote';

/**
 * The people present with the label they attend under, exactly as recorded ("PAUL Christian -
 * Président de la 27e Région"), a member who left with the time, and by whom they were then
 * represented (listed once, not again among the represented); the members represented and by whom;
 * the guests apart, without a vote; the team; the excused.
 */
registerSectionKind({
  kind: 'attendance',
  defaultPosition: 20,
  async build(context, assembly, lang) {
    const { timeZone } = context.association;
    const sheet = await sheetOf(context, assembly);
    const order = new Map(
      (await attendanceRowsOf(context.database.db, assembly.id)).map((row, index) => [row.id, index]),
    );
    const byOrder = (a: Row, b: Row) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
    const representedBy = new Map(
      sheet.votingMembers
        .filter((member) => member.presence === 'represented')
        .map((member) => [member.membershipId, member.representedBy ?? '?']),
    );
    const proxyTimes = new Map(
      (await listProxyTimes(context.database.db, assembly.id)).map((row) => [
        row.giver_membership_id,
        row.given_at,
      ]),
    );
    /** Members who attended, then left and gave a proxy: printed among the present, with their departure. */
    const leavers = new Set<string>();
    const line = (row: Row, separator: string) => {
      const named = `${nameOf(row)}${row.administrativeName && row.label ? `${separator}${row.label}` : ''}`;
      const remote =
        row.status === 'remote' ? translate(lang, 'minutes:attendance_remote', { line: named }) : named;
      const opened = assembly.actual_start_at;
      // A late arrival, and a vote that counts only from a later time (joined or renewed during the meeting).
      const isLate = Boolean(opened && row.arrivedAt && row.arrivedAt > opened);
      const votesLater = Boolean(
        row.votesFrom &&
        (!row.arrivedAt || row.votesFrom > row.arrivedAt) &&
        (!opened || row.votesFrom > opened),
      );
      const arrived = isLate
        ? translate(lang, 'minutes:attendance_arrived', {
            line: remote,
            time: formatTime(row.arrivedAt!, lang, timeZone),
          })
        : remote;
      const shown = votesLater
        ? translate(lang, 'minutes:attendance_votes_from', {
            line: arrived,
            time: formatTime(row.votesFrom!, lang, timeZone),
          })
        : arrived;
      if (!row.leftAt) return shown;
      const holder = row.membershipId ? representedBy.get(row.membershipId) : undefined;
      if (holder && row.membershipId) {
        leavers.add(row.membershipId);
        // The proxy takes over from the departure, or from when it was given if that came later.
        const given = proxyTimes.get(row.membershipId);
        const from = given && given > row.leftAt ? given : row.leftAt;
        return translate(lang, 'minutes:attendance_left_represented', {
          line: shown,
          time: formatTime(from, lang, timeZone),
          holder,
        });
      }
      return translate(lang, 'minutes:attendance_left', {
        line: shown,
        time: formatTime(row.leftAt, lang, timeZone),
      });
    };
    const present = sheet.attendees.filter(attended).sort(byOrder);
    const guests = sheet.guests.filter(attended).sort(byOrder);
    const staff = sheet.staff.filter(attended);
    const excused = [...sheet.attendees, ...sheet.guests]
      .filter((row) => row.status === 'excused')
      .sort(byOrder);
    const presentLines = present.map((row) => line(row, ' - '));
    const represented = sheet.votingMembers.filter(
      (member) => member.presence === 'represented' && !leavers.has(member.membershipId),
    );
    const blocks: Block[] = [];
    const group = (title: string, lines: string[]) => {
      if (lines.length === 0) return;
      blocks.push(paragraph(bold(title)), list(lines));
    };
    group(translate(lang, 'minutes:attendance_present'), presentLines);
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
      translate(lang, 'minutes:attendance_guests'),
      guests.map((row) => line(row, ' - ')),
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
