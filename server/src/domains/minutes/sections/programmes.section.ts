import { formatMoney } from '../../../../../common/format.ts';
import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { programmesOfYear } from '../../budget/programmes.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { yearOf } from './absent.ts';

/** The programmes of the assembly's year: their projects with place, status and partners, and their agreements. */
registerSectionKind({
  kind: 'programmes',
  defaultPosition: 65,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const year = yearOf(assembly.held_on);
    const { programmes } = await programmesOfYear(context, year);
    if (programmes.length === 0) return [];
    const say = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `minutes:${key}`, params);
    const blocks: Block[] = [heading(2, say('programmes_heading', { year }))];
    for (const programme of programmes) {
      if (programme.projects.length === 0 && programme.agreements.length === 0) continue;
      blocks.push(heading(3, programme.name));
      if (programme.projects.length > 0)
        blocks.push(
          list(
            programme.projects.map((project) => {
              const partners = project.partners.map((partner) => partner.name).join(', ');
              const details = [
                project.place,
                say(`project_${project.status}`),
                partners ? say('project_partners', { partners }) : null,
              ].filter(Boolean);
              return `${project.title} (${details.join(' ; ')})`;
            }),
          ),
        );
      for (const agreement of programme.agreements) {
        const funder = agreement.funder ? ` (${agreement.funder.name})` : '';
        blocks.push(
          paragraph(
            say(agreement.beneficiaryCount === null ? 'agreement_uncounted' : 'agreement', {
              title: agreement.title,
              amount: formatMoney(agreement.amountCents, lang),
              startYear: agreement.startYear,
              endYear: agreement.endYear,
              funder,
              count: agreement.beneficiaryCount ?? 0,
            }),
          ),
        );
      }
    }
    return blocks;
  },
});
