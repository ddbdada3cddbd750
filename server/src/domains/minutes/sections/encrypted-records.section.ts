import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { listPublishedRecords } from '../../votes/encrypted-polls.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * The annex of the encrypted secret polls' public records: where each is published and its
 * fingerprint, as the outcome's sentence names it. Nothing when no poll was encrypted.
 */
registerSectionKind({
  kind: 'encrypted_records',
  defaultPosition: 190,
  async build(context, assembly, lang) {
    const records = await listPublishedRecords(context, assembly.id);
    if (records.length === 0) return [];
    const blocks: Block[] = [
      heading(2, translate(lang, 'minutes:encrypted_records_heading')),
      paragraph(translate(lang, 'minutes:encrypted_records_intro')),
      list(
        records.map((record) =>
          translate(lang, 'minutes:encrypted_records_entry', {
            title: record.title,
            address: record.address,
            fingerprint: record.recordFingerprint,
          }),
        ),
      ),
    ];
    return blocks;
  },
});
