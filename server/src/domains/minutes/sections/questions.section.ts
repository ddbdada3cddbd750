import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../../common/documents/markdown.ts';
import { translate } from '../../../i18n/translate.ts';
import { agendaItemsOf } from '../../assemblies/assemblies.service.ts';
import { presentQuestions } from '../../assemblies/questions.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { assemblyWords } from './words.ts';

/**
 * The questions asked and their answers: those asked under an agenda item beneath that item, in the
 * agenda's order, then the others.
 */
registerSectionKind({
  kind: 'questions',
  defaultPosition: 145,
  async build(context, assembly, lang) {
    const questions = await presentQuestions(context.database.db, assembly.id);
    if (questions.length === 0) return [];
    const items = await agendaItemsOf(context.database.db, assembly.id);
    const blocks: Block[] = [
      heading(2, translate(lang, 'minutes:questions_heading', { assembly: assemblyWords(assembly, lang) })),
    ];
    const print = (question: (typeof questions)[number]) => {
      const asked = question.askedBy
        ? translate(lang, 'minutes:labelled', { label: question.askedBy, value: question.question })
        : question.question;
      blocks.push(paragraph(bold(asked)));
      // Answers are prose typed at the assembly: their paragraphs are kept, their words as typed.
      if (question.answer) blocks.push(...parseMarkdown(question.answer));
      else blocks.push(paragraph(translate(lang, 'minutes:question_unanswered')));
    };
    const itemIds = new Set(items.map((item) => item.id));
    const others = questions.filter(
      (question) => !question.agendaItemId || !itemIds.has(question.agendaItemId),
    );
    for (const item of items) {
      const under = questions.filter((question) => question.agendaItemId === item.id);
      if (under.length === 0) continue;
      blocks.push(
        heading(
          3,
          translate(lang, 'minutes:resolutions_item', { position: item.position, title: item.title }),
        ),
      );
      under.forEach(print);
    }
    if (others.length > 0 && others.length < questions.length)
      blocks.push(heading(3, translate(lang, 'minutes:questions_other')));
    others.forEach(print);
    return blocks;
  },
});
