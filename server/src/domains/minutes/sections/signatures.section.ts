import type { Signatory } from '../../../../../common/documents/blocks.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** The chair, and the secretary of the session or else the treasurer, sign the minutes. */
registerSectionKind({
  kind: 'signatures',
  label: { fr: 'Signatures', en: 'Signatures' },
  defaultPosition: 170,
  async build(context, assembly, lang) {
    const { chair, secretary, treasurer } = await officersOf(context, assembly);
    const isFr = lang === 'fr';
    const signatories: Signatory[] = [
      { role: isFr ? 'Le président de séance' : 'Chair of the session', name: chair?.name ?? '' },
      secretary || !treasurer
        ? { role: isFr ? 'Le secrétaire de séance' : 'Secretary of the session', name: secretary?.name ?? '' }
        : { role: isFr ? 'Le trésorier' : 'Treasurer', name: treasurer.name },
    ];
    return [{ type: 'signatures', signatories }];
  },
});
