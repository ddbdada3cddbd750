import { formatLongDate } from '../../../../../common/format.ts';
import { formatFigureDay, formatFte, type StaffFunction } from '../../../../../common/staff.ts';
import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { staffFigures, staffHistory } from '../../budget/staff.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { withoutWeekday } from './words.ts';

const englishFunctions: Record<StaffFunction, string> = {
  direction: 'Management',
  research: 'Research',
  design: 'Design',
  coordination: 'Coordination and project management',
  international: 'International',
  administration: 'Administration and finance',
};

/**
 * The team over the years (the figures recorded for a year, a month or a day), the team on the
 * assembly's day counted from the staff members, and its composition by function.
 */
registerSectionKind({
  kind: 'staff',
  label: { fr: 'Équipe salariée', en: 'Staff' },
  defaultPosition: 90,
  async build(context, assembly, lang) {
    const day = assembly.held_on;
    const [figures, history] = await Promise.all([staffFigures(context, day), staffHistory(context)]);
    const recorded = history.figures.filter((figure) => figure.kind === 'recorded' && figure.onDay <= day);
    if (recorded.length === 0 && figures.headcount === 0 && figures.interns === 0) return [];
    const isFr = lang === 'fr';
    const interns = (count: number) =>
      count === 0
        ? ''
        : isFr
          ? ` (+ ${count} stagiaire${count > 1 ? 's' : ''})`
          : ` (+ ${count} intern${count > 1 ? 's' : ''})`;
    const fte = (hundredths: number) => formatFte(hundredths, lang);
    const blocks: Block[] = [heading(2, isFr ? 'Évolution de l’équipe salariée' : 'Staff over the years')];
    const sentences = recorded.map((figure) => {
      const when = formatFigureDay(figure.onDay, figure.precision, lang);
      const equivalent = isFr
        ? `${formatFte(figure.fteHundredths, 'fr').replace(' ETP', '')} équivalents temps plein (ETP)`
        : `${formatFte(figure.fteHundredths, 'en').replace(' FTE', '')} full-time equivalents (FTE)`;
      if (figure.headcount !== null)
        return isFr
          ? `En ${when}, l’équipe comptait ${figure.headcount} salariés ou ${fte(figure.fteHundredths)}${interns(figure.interns)}.`
          : `In ${when}, the team counted ${figure.headcount} employees or ${fte(figure.fteHundredths)}${interns(figure.interns)}.`;
      return isFr
        ? `En ${when}, l’équipe représentait ${equivalent}${interns(figure.interns)}.`
        : `In ${when}, the team represented ${equivalent}${interns(figure.interns)}.`;
    });
    if (sentences.length > 0) blocks.push(paragraph(sentences.join(' ')));
    const onDay = withoutWeekday(formatLongDate(day, lang, context.association.timeZone), lang);
    const latest = recorded.at(-1);
    const isLatestFigure =
      latest?.headcount === figures.headcount &&
      latest.fteHundredths === figures.fteHundredths &&
      latest.interns === figures.interns;
    if (!isLatestFigure)
      blocks.push(
        paragraph(
          isFr
            ? `Au ${onDay}, l’équipe compte ${figures.headcount} salariés, soit ${fte(figures.fteHundredths)}${interns(figures.interns)}.`
            : `On ${onDay}, the team counts ${figures.headcount} employees, that is ${fte(figures.fteHundredths)}${interns(figures.interns)}.`,
        ),
      );
    if (figures.byFunction.length > 0)
      blocks.push(
        paragraph(isFr ? `Composition de l’équipe au ${onDay} :` : `The team on ${onDay}:`),
        list(
          figures.byFunction.map((entry) =>
            isFr
              ? `${entry.label} : ${entry.names.join(', ')}`
              : `${englishFunctions[entry.function]}: ${entry.names.join(', ')}`,
          ),
        ),
      );
    return blocks;
  },
});
