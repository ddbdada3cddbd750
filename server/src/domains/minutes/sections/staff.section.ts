import { formatLongDate } from '../../../../../common/format.ts';
import { formatFigureDay, formatFte, formatFteNumber } from '../../../../../common/staff.ts';
import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { staffFigures, staffHistory } from '../../budget/staff.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { withoutWeekday } from './words.ts';

/**
 * The team over the years (the figures recorded for a year, a month or a day), the team on the
 * assembly's day counted from the staff members, and its composition by function.
 */
registerSectionKind({
  kind: 'staff',
  defaultPosition: 90,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const day = assembly.held_on;
    const [figures, history] = await Promise.all([
      staffFigures(context, day, lang),
      staffHistory(context, lang),
    ]);
    const recorded = history.figures.filter((figure) => figure.kind === 'recorded' && figure.onDay <= day);
    if (recorded.length === 0 && figures.headcount === 0 && figures.interns === 0) return [];
    const say = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `minutes:${key}`, params);
    const interns = (count: number) => (count === 0 ? '' : say('staff_interns', { count }));
    const fte = (hundredths: number) => formatFte(hundredths, lang);
    const blocks: Block[] = [heading(2, say('staff_heading'))];
    const sentences = recorded.map((figure) => {
      const when = formatFigureDay(figure.onDay, figure.precision, lang);
      if (figure.headcount !== null)
        return say('staff_recorded_headcount', {
          when,
          headcount: figure.headcount,
          fte: fte(figure.fteHundredths),
          interns: interns(figure.interns),
        });
      return say('staff_recorded_fte', {
        when,
        fte: formatFteNumber(figure.fteHundredths, lang),
        interns: interns(figure.interns),
      });
    });
    if (sentences.length > 0) blocks.push(paragraph(sentences.join(' ')));
    const onDay = withoutWeekday(formatLongDate(day, lang, context.association.timeZone));
    const latest = recorded.at(-1);
    const isLatestFigure =
      latest?.headcount === figures.headcount &&
      latest.fteHundredths === figures.fteHundredths &&
      latest.interns === figures.interns;
    if (!isLatestFigure)
      blocks.push(
        paragraph(
          say('staff_on_day', {
            day: onDay,
            headcount: figures.headcount,
            fte: fte(figures.fteHundredths),
            interns: interns(figures.interns),
          }),
        ),
      );
    if (figures.byFunction.length > 0)
      blocks.push(
        paragraph(say('staff_composition', { day: onDay })),
        list(
          figures.byFunction.map((entry) =>
            say('labelled', {
              label: entry.label,
              value: entry.names.join(', '),
            }),
          ),
        ),
      );
    return blocks;
  },
});
