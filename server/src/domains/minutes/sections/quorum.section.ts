import { paragraph } from '../../../../../common/documents/blocks.ts';
import { sheetOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** The quorum sentence as it was frozen when the chair opened the session. */
registerSectionKind({
  kind: 'quorum',
  label: { fr: 'Quorum', en: 'Quorum' },
  defaultPosition: 30,
  async build(context, assembly, lang) {
    const sheet = await sheetOf(context, assembly);
    if (!sheet.isQuorumFrozen)
      return [
        paragraph(
          lang === 'fr'
            ? 'La séance n’a pas été ouverte : le quorum n’a pas été constaté.'
            : 'The session was not opened: no quorum was recorded.',
        ),
      ];
    const statement = sheet.quorum.statement[lang];
    return [paragraph(/[.!?]$/.test(statement) ? statement : `${statement}.`)];
  },
});
