import { formatMoney } from '../../../../../common/format.ts';
import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { programmesOfYear } from '../../budget/programmes.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { yearOf } from './absent.ts';

const statusWords = {
  fr: { planned: 'en préparation', running: 'en cours', done: 'réalisé' },
  en: { planned: 'planned', running: 'running', done: 'done' },
} as const;

/** The programmes of the assembly's year: their projects with place, status and partners, and their agreements. */
registerSectionKind({
  kind: 'programmes',
  label: { fr: 'Programmes et partenaires', en: 'Programmes and partners' },
  defaultPosition: 65,
  async build(context, assembly, lang) {
    const year = yearOf(assembly.held_on);
    const { programmes } = await programmesOfYear(context, year);
    if (programmes.length === 0) return [];
    const isFr = lang === 'fr';
    const blocks: Block[] = [
      heading(2, isFr ? `Programmes et partenaires ${year}` : `Programmes and partners ${year}`),
    ];
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
                statusWords[lang][project.status],
                partners ? (isFr ? `partenaires : ${partners}` : `partners: ${partners}`) : null,
              ].filter(Boolean);
              return `${project.title} (${details.join(' ; ')})`;
            }),
          ),
        );
      for (const agreement of programme.agreements) {
        const funder = agreement.funder ? ` (${agreement.funder.name})` : '';
        blocks.push(
          paragraph(
            isFr
              ? `${agreement.title} : ${formatMoney(agreement.amountCents, lang)} de ${agreement.startYear} à ${agreement.endYear}${funder}, pour ${agreement.beneficiaryCount} collectivités.`
              : `${agreement.title}: ${formatMoney(agreement.amountCents, lang)} from ${agreement.startYear} to ${agreement.endYear}${funder}, for ${agreement.beneficiaryCount} local authorities.`,
          ),
        );
      }
    }
    return blocks;
  },
});
