import { paragraph } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { sheetOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** The quorum sentence as it was frozen when the chair opened the session. */
registerSectionKind({
  kind: 'quorum',
  defaultPosition: 30,
  async build(context, assembly, lang) {
    const sheet = await sheetOf(context, assembly);
    if (!sheet.isQuorumFrozen) {
      // Where the statutes ask for no quorum, there was none to record: say so rather than "not recorded".
      const key = sheet.quorum.isRequired ? 'minutes:quorum_not_recorded' : 'minutes:quorum_none_required';
      return [paragraph(translate(lang, key))];
    }
    const statement = sheet.quorum.statement[lang];
    return [paragraph(/[.!?]$/.test(statement) ? statement : `${statement}.`)];
  },
});
