import type { Signatory } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * The chair ("La présidente de séance" when her title on the board is feminine), and the secretary of the session or else the board's treasurer present at the meeting
 * (titled in the form that fits them: "Trésorière"), sign the minutes.
 */
registerSectionKind({
  kind: 'signatures',
  defaultPosition: 170,
  async build(context, assembly, lang) {
    const { chair, secretary, treasurer } = await officersOf(context, assembly);
    const signatories: Signatory[] = [
      {
        role: translate(lang, `minutes:signatory_chair${chair?.titleForm === 'feminine' ? '_feminine' : ''}`),
        name: chair?.name ?? '',
      },
      secretary || !treasurer
        ? {
            role: translate(
              lang,
              `minutes:signatory_secretary${secretary?.titleForm === 'feminine' ? '_feminine' : ''}`,
            ),
            name: secretary?.name ?? '',
          }
        : { role: treasurer.title[lang], name: treasurer.name },
    ];
    return [{ type: 'signatures', signatories }];
  },
});
