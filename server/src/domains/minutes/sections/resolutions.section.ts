import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../../common/documents/markdown.ts';
import { formatTime } from '../../../../../common/format.ts';
import { translate } from '../../../i18n/translate.ts';
import type { Locale } from '../../../../../common/format.ts';
import type { ResolutionView } from '../../../../../common/votes.schemas.ts';
import { countsPhrase } from '../../votes/outcome-wording.ts';
import { listPublishedRecords } from '../../votes/encrypted-polls.service.ts';
import { listResolutionsForMinutes } from '../../votes/resolutions.service.ts';
import { agendaItemsOf } from '../../assemblies/assemblies.service.ts';
import { itemNotesOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

function untranslatedOutcome(
  resolution: Pick<ResolutionView, 'recordedAs' | 'counts' | 'isAdopted'>,
  lang: Locale,
): string {
  const say = (key: string, params: Record<string, string> = {}) =>
    translate(lang, `minutes:resolution_outcome_${key}`, params);
  if (resolution.recordedAs === 'unanimous') return say('unanimous');
  if (resolution.recordedAs === 'counts' && resolution.counts) {
    const counts = countsPhrase(resolution.counts, lang);
    return say(resolution.isAdopted ? 'adopted_by' : 'rejected_by', { counts });
  }
  return say(resolution.isAdopted ? 'adopted' : 'rejected');
}

/**
 * Each agenda item with the secretary's notes under it and its resolutions, each with its title, the
 * outcome sentence as the reference words it ("L'Assemblée Générale approuve … à l'unanimité.") and
 * its note. Items with neither are left out.
 */
registerSectionKind({
  kind: 'resolutions',
  defaultPosition: 110,
  async build(context, assembly, lang) {
    const resolutions = await listResolutionsForMinutes(context, assembly.id);
    const notes = await itemNotesOf(context, assembly);
    if (resolutions.length === 0 && notes.size === 0) return [];
    const records = new Map(
      (await listPublishedRecords(context, assembly.id)).map((record) => [record.resolutionId, record]),
    );
    const areAllAdopted = resolutions.every((resolution) => resolution.outcome === 'adopted');
    const blocks: Block[] = [
      heading(2, translate(lang, notes.size > 0 ? 'minutes:items_heading' : 'minutes:resolutions_heading')),
    ];
    if (resolutions.length > 0)
      blocks.push(
        paragraph(
          translate(lang, areAllAdopted ? 'minutes:resolutions_intro_adopted' : 'minutes:resolutions_intro'),
        ),
      );
    for (const item of await agendaItemsOf(context.database.db, assembly.id)) {
      const note = notes.get(item.id);
      const own = resolutions.filter((resolution) => resolution.agendaItemId === item.id);
      if (!note && own.length === 0) continue;
      blocks.push(
        heading(
          3,
          translate(lang, 'minutes:resolutions_item', { position: item.position, title: item.title }).trim(),
        ),
      );
      // The secretary's notes first, then what was voted on the item.
      if (note) blocks.push(...parseMarkdown(note));
      for (const resolution of own) blocks.push(...resolutionBlocks(resolution));
    }
    return blocks;

    function resolutionBlocks(resolution: (typeof resolutions)[number]): Block[] {
      const blocks: Block[] = [paragraph(bold(resolution.title))];
      // A text typed in the association's language only is never wrapped in a sentence of the other.
      const isUntranslated = lang !== context.association.locale && !resolution.textEn;
      if (isUntranslated && resolution.text.trim())
        blocks.push(
          paragraph(translate(lang, 'minutes:resolution_text_as_typed', { text: resolution.text.trim() })),
        );
      const outcome = !resolution.sentence
        ? translate(lang, 'minutes:resolution_not_voted')
        : isUntranslated
          ? untranslatedOutcome(resolution, lang)
          : resolution.sentence[lang];
      // How and when it was voted, when the secretary recorded a show of hands with its time.
      const taken =
        resolution.method === 'show_of_hands' && resolution.votedAt
          ? translate(lang, 'votes:taken_show_of_hands', {
              time: formatTime(resolution.votedAt, lang, context.association.timeZone),
            })
          : null;
      // How many could vote: at the time of a show of hands, or at the opening of an electronic poll.
      const voters =
        (taken || resolution.method !== 'show_of_hands') && resolution.eligibleCount !== null
          ? translate(lang, 'votes:voters_at_vote', { count: resolution.eligibleCount })
          : null;
      // An encrypted secret poll: its result is verifiable from the public record, named by its fingerprint.
      const record = records.get(resolution.id);
      const verifiable = record
        ? translate(lang, 'votes:encrypted_poll_record', { fingerprint: record.recordFingerprint })
        : null;
      const said = [outcome, verifiable, taken, voters].filter(Boolean).join(' ');
      // The note follows the outcome in the same paragraph, as the reference prints it.
      blocks.push(paragraph(resolution.note ? `${said} ${resolution.note}` : said));
      return blocks;
    }
  },
});
