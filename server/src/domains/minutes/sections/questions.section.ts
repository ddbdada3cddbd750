import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../../common/documents/markdown.ts';
import { presentQuestions } from '../../assemblies/questions.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

registerSectionKind({
  kind: 'questions',
  label: { fr: 'Questions et réponses', en: 'Questions and answers' },
  defaultPosition: 160,
  async build(context, assembly, lang) {
    const questions = await presentQuestions(context.database.db, assembly.id);
    if (questions.length === 0) return [];
    const isFr = lang === 'fr';
    const blocks: Block[] = [
      heading(
        2,
        isFr
          ? 'Compte rendu des questions posées lors de l’assemblée générale'
          : 'Questions asked at the assembly',
      ),
    ];
    for (const question of questions) {
      const asker = question.askedBy ? `${question.askedBy}${isFr ? ' : ' : ': '}` : '';
      blocks.push(paragraph(bold(`${asker}${question.question}`)));
      // Answers are prose typed at the assembly: their paragraphs are kept, their words as typed.
      if (question.answer) blocks.push(...parseMarkdown(question.answer));
      else blocks.push(paragraph(isFr ? 'Sans réponse en séance.' : 'Not answered during the session.'));
    }
    return blocks;
  },
});
