import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../../common/documents/markdown.ts';
import { translate } from '../../../i18n/translate.ts';
import { presentQuestions } from '../../assemblies/questions.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

registerSectionKind({
  kind: 'questions',
  defaultPosition: 160,
  async build(context, assembly, lang) {
    const questions = await presentQuestions(context.database.db, assembly.id);
    if (questions.length === 0) return [];
    const blocks: Block[] = [heading(2, translate(lang, 'minutes:questions_heading'))];
    for (const question of questions) {
      const asked = question.askedBy
        ? translate(lang, 'minutes:labelled', { label: question.askedBy, value: question.question })
        : question.question;
      blocks.push(paragraph(bold(asked)));
      // Answers are prose typed at the assembly: their paragraphs are kept, their words as typed.
      if (question.answer) blocks.push(...parseMarkdown(question.answer));
      else blocks.push(paragraph(translate(lang, 'minutes:question_unanswered')));
    }
    return blocks;
  },
});
