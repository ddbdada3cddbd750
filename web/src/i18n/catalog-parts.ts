/**
 * The catalogs (fr.json, en.json) reach the browser in two parts per language, cut at build time by
 * web/vite.config.ts: `first`, the sections the phone, the projector and the frame around every page
 * use, loaded before the first render; `rest`, every other text, loaded with any other page
 * (components/lazy-page.tsx). A key missing from `first` still shows, once `rest` has come
 * (i18n.ts). A path is a section (`participant`), one of its sub-sections or a single text.
 */
export const firstPartPaths = [
  'app',
  'language',
  'forbidden',
  // The app's own sentences for the codes that say no more than their status (the network is down);
  // any other refusal is worded by the server's detail where these parts are not loaded
  // (api/problem-text.ts).
  'errors.codes',
  'participant',
  'assemblies.agendaKinds',
  'assemblies.checkIn.presentCount',
  'assemblies.control.noCurrentItem',
  'assemblies.currentItem',
  'assemblies.overview',
  'assemblies.phases',
  'assemblies.projector',
  'assemblies.quorum',
  'assemblies.staffOnly',
  // The ballot and the result (votes/ballot.section.tsx, votes/poll-result.tsx).
  'votes.pollTitle',
  'votes.secretNote',
  'votes.encryptedNote',
  'votes.namedNote',
  'votes.notEligible',
  'votes.recorded',
  'votes.ballotForSelf',
  'votes.ballotForProxy',
  'votes.upTo',
  'votes.cast',
  'votes.choices',
  'votes.progress',
  'votes.cancelled',
  'votes.counts',
  'votes.adopted',
  'votes.rejected',
  'votes.votes',
  'votes.elected',
  'votes.tied',
  'votes.tieNote',
  // An encrypted ballot on the phone, its receipt and the links to the public record.
  'encryption.phone',
  'encryption.decrypting',
  'encryption.recordJson',
  'encryption.verifyLink',
  // The speaker list on the phone and the projector (features/speakers); the control room's texts come later.
  'speakers.common',
  'speakers.phone',
  'speakers.projector',
] as const;

export type CatalogPart = 'first' | 'rest';

type Texts = { [key: string]: string | Texts };

/** The texts of a catalog in one part: `first`'s paths, or everything else. */
export function catalogPart(catalog: Texts, part: CatalogPart): Texts {
  const paths: readonly string[] = firstPartPaths;
  const pick = (texts: Texts, prefix: string): Texts => {
    const picked: Texts = {};
    for (const [key, value] of Object.entries(texts)) {
      const path = prefix + key;
      // A plural's forms (`votes_one`, `votes_other`) go with their key (`votes.votes`).
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      if (paths.includes(path) || paths.includes(base)) {
        if (part === 'first') picked[key] = value;
      } else if (typeof value === 'object' && paths.some((first) => first.startsWith(`${path}.`))) {
        const inner = pick(value, `${path}.`);
        if (Object.keys(inner).length > 0) picked[key] = inner;
      } else if (part === 'rest') {
        picked[key] = value;
      }
    }
    return picked;
  };
  return pick(catalog, '');
}
