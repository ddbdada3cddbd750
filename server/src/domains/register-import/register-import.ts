import { emailSchema } from '../../../../common/auth.schemas.ts';
import { hasLetter, normaliseText, textProblem } from '../../../../common/text.ts';
import {
  type MembershipCategoryView,
  type MembershipRateView,
  type RateKind,
} from '../../../../common/membership-categories.schemas.ts';
import type { RegisterFieldView } from '../../../../common/register-fields.schemas.ts';
import {
  membershipStatuses,
  statusLabels,
  type MembershipCategory,
  type MembershipStatus,
} from '../../../../common/memberships.ts';
import { normalizeName } from '../../../../common/names.ts';
import type { OrganisationKind } from '../../../../common/organisations.ts';

export {
  importFields,
  type ImportField,
  type ImportMapping,
} from '../../../../common/register-import.schemas.ts';
import {
  importFields,
  type IgnoredColumnReason,
  type ImportField,
  type ImportMapping,
  type ImportSource,
} from '../../../../common/register-import.schemas.ts';
import { splitName } from './paste-lines.ts';
import { registerImportMessages } from './register-import.messages.ts';

/**
 * Header names people actually write, normalised, for pre-filling the mapping; within a field the
 * first name found wins ("Email" before "Email payeur" in HelloAsso's export, whose payer may not be the
 * member). Besides a plain spreadsheet's usual French and English headers, those of the tools
 * associations come from: Paheko's member list ("Nom & prénom", "Adresse E-Mail", "Code postal",
 * "Ville", "Téléphone") and HelloAsso's membership export ("Nom adhérent", "Prénom adhérent",
 * "Email", "Formule", "Tarif" (the rate chosen), "Date" or "Date de la commande", "Statut").
 */
const headerSynonyms: Record<ImportField, string[]> = {
  lastName: [
    'nom',
    'nom de famille',
    'nom usuel',
    'nom adherent',
    'nom de l adherent',
    'nom du membre',
    'last name',
    'lastname',
    'surname',
    'family name',
    'nom payeur',
  ],
  firstName: [
    'prenom',
    'prenoms',
    'prenom adherent',
    'prenom de l adherent',
    'prenom du membre',
    'first name',
    'firstname',
    'given name',
    'prenom payeur',
  ],
  fullName: [
    'nom prenom',
    'nom et prenom',
    'nom complet',
    'prenom nom',
    'prenom et nom',
    'identite',
    'full name',
    'name',
  ],
  email: [
    'e mail',
    'email',
    'courriel',
    'mail',
    'adresse e mail',
    'adresse mail',
    'adresse email',
    'adresse electronique',
    'email adherent',
    'e mail address',
    'email address',
    'email payeur',
  ],
  phone: [
    'telephone',
    'tel',
    'phone',
    'portable',
    'mobile',
    'numero de telephone',
    'telephone mobile',
    'phone number',
  ],
  addressLine: ['adresse', 'adresse postale', 'address', 'rue', 'voie', 'street', 'adresse adherent'],
  postalCode: ['code postal', 'cp', 'postal code', 'zip', 'zip code', 'postcode'],
  city: ['ville', 'commune', 'city', 'localite', 'town'],
  country: ['pays', 'country'],
  organisation: [
    'organisation',
    'organisations',
    'organisme',
    'structure',
    'collectivite',
    'employeur',
    'organization',
    'entreprise',
    'raison sociale',
    'societe',
    'company',
  ],
  title: ['fonction', 'titre', 'title', 'qualite', 'poste', 'role'],
  membershipYear: [
    'annee',
    'annee d adhesion',
    'adhesion annee',
    'adhesion',
    'exercice',
    'year',
    'millesime',
    'campagne',
  ],
  category: [
    'categorie',
    'category',
    'categorie d adhesion',
    'type d adhesion',
    'type',
    "type d'adhesion",
    'formule',
    'categorie de membre',
    'membership type',
  ],
  // HelloAsso's "Tarif" is the rate the member chose (full, reduced…), not the category.
  rate: ['tarif', 'tarif applique', 'type de tarif', 'nom du tarif', 'rate', 'rate applied', 'fee rate'],
  status: ['statut', 'status', 'etat', 'statut de l adhesion', 'statut de la commande', 'statut du paiement'],
  effectiveOn: [
    'date',
    'date d effet',
    'date d adhesion',
    'date de validation',
    'effective on',
    'depuis le',
    'date de la commande',
    'date du paiement',
    'date de paiement',
  ],
  notes: [
    'notes',
    'note',
    'remarques',
    'remarque',
    'commentaire',
    'commentaires',
    'observations',
    'comments',
    'comment',
    'remarks',
  ],
};

/**
 * Columns a tool's export carries that the register has no place for, recognised so the mapping step
 * says why they are left out instead of leaving them unexplained.
 */
const ignoredHeaders: Record<IgnoredColumnReason, string[]> = {
  member_number: ['numero', 'numero de membre', 'numero d adherent', 'n adherent', 'member number', 'id'],
  order_reference: ['reference commande', 'numero de commande', 'reference', 'order reference'],
  payment: [
    'montant',
    'montant tarif',
    'montant total',
    'montant adhesion',
    'moyen de paiement',
    'code promo',
    'montant du code promo',
    'amount',
    'payment method',
  ],
  payer: ['nom payeur', 'prenom payeur', 'email payeur'],
  birth_date: ['date de naissance', 'birth date', 'date of birth'],
  registration_date: ['date d inscription', 'inscrit le', 'registration date'],
  // Only Paheko's "Catégorie" (see ignoredColumns): elsewhere it is the membership's category.
  member_group: [],
};

/**
 * The tool a file comes from, by its headers: HelloAsso's export names the member and the payer
 * apart ("Nom adhérent", "Email payeur"), Paheko's member list keeps the name in one column ("Nom &
 * prénom") beside its member number; anything else is a plain spreadsheet.
 */
export function detectImportSource(columns: readonly string[]): ImportSource {
  const names = new Set(columns.map(normalizeName));
  const has = (...candidates: string[]) => candidates.some((candidate) => names.has(candidate));
  if (has('nom adherent', 'prenom adherent', 'email payeur', 'nom payeur', 'reference commande'))
    return 'helloasso';
  if (has('nom prenom') && has('numero', 'numero de membre', 'adresse e mail', 'date d inscription'))
    return 'paheko';
  return 'spreadsheet';
}

/**
 * Pre-fills the mapping from the file's headers ("Nom", "Prénom", "E-mail", "Catégorie"…): each
 * field takes the column of its most usual name. A name in one column ("Nom & prénom") is mapped only
 * when the file has no separate last and first names.
 */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  // Paheko's "Catégorie" is a group of members (access rights), not a membership category.
  const skipped = new Set<ImportField>(detectImportSource(columns) === 'paheko' ? ['category'] : []);
  const byName = new Map<string, string>();
  for (const column of columns) {
    const name = normalizeName(column);
    if (!byName.has(name)) byName.set(name, column);
  }
  for (const field of importFields) {
    if (skipped.has(field)) continue;
    const column = headerSynonyms[field]
      .map((synonym) => byName.get(normalizeName(synonym)))
      .find((candidate) => candidate !== undefined && !used.has(candidate));
    if (column !== undefined) {
      mapping[field] = column;
      used.add(column);
    }
  }
  if (mapping.lastName && mapping.firstName) {
    if (mapping.fullName) used.delete(mapping.fullName);
    delete mapping.fullName;
  } else if (mapping.fullName) {
    // "Nom & prénom" beside a "Nom" that is the same column read twice: the full name decides.
    for (const field of ['lastName', 'firstName'] as const) {
      if (mapping[field]) used.delete(mapping[field]);
      delete mapping[field];
    }
  }
  return mapping;
}

/** The columns recognised as a tool's own and left out of the import, with the reason. */
export function ignoredColumns(
  columns: readonly string[],
  mapping: ImportMapping,
): { column: string; reason: IgnoredColumnReason }[] {
  const mapped = new Set(Object.values(mapping));
  const ignored: { column: string; reason: IgnoredColumnReason }[] = [];
  const source = detectImportSource(columns);
  const isPaheko = source === 'paheko';
  for (const column of columns) {
    if (mapped.has(column)) continue;
    const name = normalizeName(column);
    if (isPaheko && name === 'categorie') {
      ignored.push({ column, reason: 'member_group' });
      continue;
    }
    const reason = (Object.keys(ignoredHeaders) as IgnoredColumnReason[]).find((key) =>
      ignoredHeaders[key].includes(name),
    );
    // HelloAsso's "Numéro" numbers the order, not the member.
    if (reason)
      ignored.push({
        column,
        reason: source === 'helloasso' && reason === 'member_number' ? 'order_reference' : reason,
      });
  }
  return ignored;
}

/**
 * "DUPONT Marie", "Marie Dupont": the last name in capitals wherever it stands, else the ordinary
 * order; a single word is a last name alone (the row is then refused for its missing first name).
 */
export function splitFullName(text: string): { lastName: string; firstName: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { lastName: '', firstName: '' };
  return splitName(trimmed) ?? { lastName: trimmed, firstName: '' };
}

function labelIndex<T extends string>(
  codes: readonly T[],
  labels: Record<'fr' | 'en', Record<T, string>>,
  extra: Record<string, T>,
) {
  const index = new Map<string, T>();
  for (const code of codes) {
    index.set(normalizeName(code), code);
    index.set(normalizeName(labels.fr[code]), code);
    index.set(normalizeName(labels.en[code]), code);
  }
  for (const [label, code] of Object.entries(extra)) index.set(normalizeName(label), code);
  return index;
}

const rateWords: Record<RateKind, string[]> = {
  full: ['plein', 'tarif plein', 'normal', 'tarif normal', 'full', 'full rate', 'standard'],
  reduced: ['reduit', 'tarif reduit', 'reduced', 'reduced rate'],
  free: ['gratuit', 'gratuite', 'honneur', 'membre d honneur', 'free', 'honorary'],
  minimum: ['a partir de', 'libre', 'prix libre', 'minimum', 'from', 'pay what you want'],
};

/** Words a rate's name carries that say nothing of which rate it is ("Adhésion plein tarif"). */
const fillerWords = new Set([
  'adhesion',
  'adhesions',
  'tarif',
  'tarifs',
  'cotisation',
  'membre',
  'membres',
  'rate',
  'membership',
  'fee',
  'de',
  'd',
  'du',
  'des',
  'la',
  'le',
  'l',
  'les',
  'a',
  'pour',
  'et',
  'en',
]);

/** A name's telling words, as a set: "Tarif réduit (étudiants)" and "réduit étudiant" are alike. */
function tellingWords(text: string): string {
  const words = normalizeName(text)
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
  return [...new Set(words)].sort().join(' ');
}

/** The rate a membership records: its kind, and the rate of the year (none for the full rate). */
export interface ImportRate {
  kind: RateKind;
  id: string | null;
  amountCents: number | null;
}

/** How the import reads a rate column's value: the rate of the year it names, or a category read at its full rate. */
export type RateReading =
  | { outcome: 'rate'; category: string; rate: ImportRate; conditions: string | null }
  | { outcome: 'category'; category: string; rate: ImportRate; conditions: null }
  | { outcome: 'ambiguous'; categories: string[] }
  | { outcome: 'unknown' };

/**
 * A rate as a file names it ("Tarif réduit étudiants", HelloAsso's "Tarif"), among the year's rates:
 * by who qualifies (in either language, with or without its kind), or by its kind ("réduit", "plein
 * tarif") where one rate fits. Without a category, the rate names it; a value that names no rate but
 * a category (an older file's "Tarif" holding the category) is read as that category at its full rate,
 * and the dry run says so.
 */
export function readRate(
  text: string,
  options: {
    yearRates: readonly {
      category: string;
      /** The fee grid's full rate; a category without one is named by its full rate only in its own column. */
      fullCents?: number | null;
      rates: readonly MembershipRateView[];
    }[];
    categories: ImportCategories;
    /** The category the row names in its own column, which the rate must belong to. */
    category?: string;
  },
): RateReading {
  const wanted = normalizeName(text);
  const wantedWords = tellingWords(text);
  const fits = (name: string) =>
    normalizeName(name) === wanted || (wantedWords !== '' && tellingWords(name) === wantedWords);
  const found: Extract<RateReading, { outcome: 'rate' }>[] = [];
  const categoryCodes = new Set([...options.categories.values()].map((entry) => entry.code));
  for (const entry of options.yearRates) {
    if (options.category !== undefined && entry.category !== options.category) continue;
    if (!categoryCodes.has(entry.category)) continue;
    for (const rate of entry.rates) {
      const conditions = [rate.conditionsFr, rate.conditionsEn].filter((words): words is string => !!words);
      const names = [
        ...conditions,
        ...conditions.flatMap((words) => rateWords[rate.kind].map((word) => `${word} ${words}`)),
        ...(entry.rates.filter((other) => other.kind === rate.kind).length === 1 ? rateWords[rate.kind] : []),
      ];
      if (names.some(fits))
        found.push({
          outcome: 'rate',
          category: entry.category,
          rate: { kind: rate.kind, id: rate.id, amountCents: rate.amountCents },
          conditions: rate.conditionsFr,
        });
    }
    const hasFull = options.category !== undefined || entry.fullCents !== null;
    if (hasFull && rateWords.full.some(fits))
      found.push({
        outcome: 'rate',
        category: entry.category,
        rate: { kind: 'full', id: null, amountCents: null },
        conditions: null,
      });
  }
  // A category named alone, without a rate file of its year, still has its full rate.
  if (found.length === 0 && options.category !== undefined && rateWords.full.some(fits))
    found.push({
      outcome: 'rate',
      category: options.category,
      rate: { kind: 'full', id: null, amountCents: null },
      conditions: null,
    });
  if (found.length === 1) return found[0]!;
  if (found.length > 1)
    return { outcome: 'ambiguous', categories: [...new Set(found.map((entry) => entry.category))] };
  const category = parseCategory(text, options.categories);
  if (category && (options.category === undefined || options.category === category.code))
    return {
      outcome: 'category',
      category: category.code,
      rate: { kind: 'full', id: null, amountCents: null },
      conditions: null,
    };
  return { outcome: 'unknown' };
}

/** A value of a register field as a file writes it, or null when it does not fit (a day, one of the options). */
function checkCustomValue(field: Pick<RegisterFieldView, 'type' | 'options'>, value: string): string | null {
  if (field.type === 'text') return value.slice(0, 500);
  if (field.type === 'date') return parseDay(value) ?? null;
  const wanted = normalizeName(value);
  return field.options.find((option) => normalizeName(option) === wanted) ?? null;
}

/**
 * The columns of a file named like a field of the register (its French or English label, or its
 * code; archived fields left out), by column index; and the usual name's column ("Nom d'usage",
 * "Pseudonyme", "Usual name", "Nickname").
 */
export function extraColumns(headers: readonly string[], fields: readonly RegisterFieldView[]) {
  const normalized = headers.map((header) => normalizeName(header));
  const custom = new Map<string, number>();
  for (const field of fields) {
    if (field.isArchived) continue;
    const index = normalized.findIndex((header) =>
      [field.labelFr, field.labelEn, field.code].some((word) => normalizeName(word) === header),
    );
    if (index >= 0) custom.set(field.code, index);
  }
  const usualName = normalized.findIndex((header) => usualNameHeaders.has(header));
  return { custom, usualName: usualName >= 0 ? usualName : null };
}

const usualNameHeaders = new Set(
  ['Nom d’usage', "Nom d'usage", 'Pseudonyme', 'Pseudo', 'Surnom', 'Usual name', 'Nickname', 'Pseudonym'].map(
    (header) => normalizeName(header),
  ),
);

/** A category as the import reads it: found by its code or its words, and whose memberships it holds. */
export interface ImportCategory {
  code: string;
  kind: 'person' | 'organisation';
  hasPartner: boolean;
}

/** The association's categories by the ways a file names them. */
export type ImportCategories = Map<string, ImportCategory>;

/**
 * Indexes the association's categories (archived ones left out) by code, label and plural in both
 * languages and how the minutes count them; where the association has a single category of a kind,
 * the usual words for that kind ("personne physique", "PM", "organisation") name it too.
 */
export function importCategories(
  categories: readonly Pick<
    MembershipCategoryView,
    | 'code'
    | 'kind'
    | 'hasPartner'
    | 'isArchived'
    | 'labelFr'
    | 'pluralFr'
    | 'labelEn'
    | 'pluralEn'
    | 'countedAsFr'
    | 'countedAsEn'
  >[],
): ImportCategories {
  const index: ImportCategories = new Map();
  const current = categories.filter((category) => !category.isArchived);
  for (const kind of ['person', 'organisation'] as const) {
    const ofKind = current.filter((category) => category.kind === kind);
    if (ofKind.length !== 1) continue;
    for (const word of kindWords[kind]) index.set(normalizeName(word), toImport(ofKind[0]!));
  }
  for (const category of current) {
    const words = [
      category.labelFr,
      category.pluralFr,
      category.labelEn,
      category.pluralEn,
      category.countedAsFr,
      category.countedAsEn,
    ];
    for (const word of words) if (word) index.set(normalizeName(word), toImport(category));
  }
  for (const category of current) index.set(normalizeName(category.code), toImport(category));
  return index;
}

const toImport = ({ code, kind, hasPartner }: ImportCategory): ImportCategory => ({ code, kind, hasPartner });

const kindWords = {
  person: [
    'personne physique',
    'PP',
    'individuel',
    'individuelle',
    'adhésion individuelle',
    'individual',
    'person',
  ],
  organisation: ['personne morale', 'PM', 'organisation', 'organization', 'legal entity'],
};

const statusesByLabel = labelIndex(membershipStatuses, statusLabels, {
  validé: 'validated',
  valide: 'validated',
  'en préparation': 'in_preparation',
  'en cours de validation': 'validation_pending',
  'validation en attente': 'validation_pending',
  'renouvellement en attente': 'renewal_pending',
  échu: 'lapsed',
  expirée: 'lapsed',
});

/** A file repeats a handful of labels thousands of times: each is normalised once. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = read(text);
    if (known.size < 1000) known.set(text, value);
    return value;
  };
}

/** A category as a code or as the association words it ("Membre actif", "membres actifs"). */
export function parseCategory(text: string, categories: ImportCategories): ImportCategory | undefined {
  return categories.get(normalizeName(text));
}

/** A status as a code or as people write it ("Validée", "Renouvellement en cours"). */
export const parseStatus = remembered((text): MembershipStatus | undefined =>
  statusesByLabel.get(normalizeName(text)),
);

/** "2017-06-21" or "21/06/2017" (also 21.06.2017, 21-06-2017, 1/6/2017) → "2017-06-21"; anything else undefined. */
export function parseDay(text: string): string | undefined {
  // A tool's export stamps the day with a time ("15/09/2025 10:32", "2025-09-15T10:32:00"): the day counts.
  const trimmed = text
    .trim()
    .replace(/(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/, '');
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over to March: a real day comes back as itself.
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A guess at an organisation's kind from its name, for organisations an import creates. */
export function guessOrganisationKind(name: string): OrganisationKind {
  const text = ` ${normalizeName(name)} `;
  const rules: [RegExp, OrganisationKind][] = [
    [/ communaute urbaine | cu /, 'urban_community'],
    [/ communaute (de|d) (communes|agglomeration) | cc | agglo /, 'community_of_communes'],
    [/ metropole /, 'metropolis'],
    [/ parc naturel regional | pnr /, 'regional_natural_park'],
    [/ conseil departemental | departement /, 'department'],
    [/ conseil regional | region /, 'region'],
    [/ ville | mairie | commune /, 'municipality'],
    [/ universite | ecole | institut | iut | laboratoire /, 'university'],
    [/ ministere | prefecture | senat | assemblee nationale | direction /, 'state_service'],
    [/ syndicat | cfdt | cgt | fo | unsa /, 'union'],
    [/ association | federation | collectif | reseau | fondation /, 'association'],
    [/ sas | sarl | sa | sasu | eurl | scop | agence | cabinet /, 'company'],
  ];
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** Why a row or field is refused; the web app translates each code. */
export type RejectionReason =
  | 'required'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_year'
  | 'unknown_category'
  | 'unknown_status'
  | 'invalid_date'
  | 'name_or_organisation_required'
  | 'organisation_required'
  | 'person_required'
  | 'title_without_organisation'
  | 'no_letters'
  | 'invalid_text'
  | 'invalid_value'
  | 'unknown_rate';

export interface Rejection {
  row: number;
  /** The field at fault: an import field, the usual name, or a field of the register by its label. */
  field: ImportField | 'row' | 'usualName' | `customFields.${string}`;
  reason: RejectionReason;
  message: string;
}

const maxLength: Record<ImportField, number> = {
  lastName: 100,
  firstName: 100,
  fullName: 200,
  email: 254,
  phone: 40,
  addressLine: 200,
  postalCode: 20,
  city: 100,
  country: 100,
  organisation: 200,
  title: 200,
  membershipYear: 4,
  category: 100,
  rate: 100,
  status: 100,
  effectiveOn: 20,
  notes: 2000,
};

/** The French names of the fields, as the rows' refusals print them (register-import.messages.ts). */
export const fieldLabels = Object.fromEntries(
  importFields.map((field) => [field, registerImportMessages[`field_${field}`].fr]),
) as Record<ImportField, string>;

/** A row the mapping turned into fields and every rule accepted. */
export interface ValidRow {
  row: number;
  person: {
    firstName: string;
    lastName: string;
    phone: string | null;
    addressLine: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
    usualName: string | null;
  } | null;
  /** Values of the register's own fields read from columns named like them, checked: the person's… */
  customFields: Record<string, string> | null;
  /** …and the organisation's (fields for organisations), given to an organisation this import creates. */
  organisationFields: Record<string, string> | null;
  organisation: string | null;
  /** The person's address, or the organisation's on a row without a person. */
  email: string | null;
  title: string | null;
  notes: string | null;
  membership: {
    year: number;
    category: MembershipCategory;
    status: MembershipStatus;
    effectiveOn: string;
    /** Whose membership it is: a category of organisations belongs to the organisation. */
    owner: 'person' | 'organisation';
    /** The category names a partner: the organisation of the row. */
    hasPartner: boolean;
    /** The rate of the year the file names (none: the full rate of the grid). */
    rate?: ImportRate;
  } | null;
}

export type RowOutcome = { isValid: true; value: ValidRow } | { isValid: false; rejections: Rejection[] };

/**
 * Checks one row against the register's rules. Returns every problem of the row, each naming its
 * field, so a person fixing the file sees them all at once.
 */
export function validateRow(
  row: number,
  mapped: Partial<Record<ImportField, string>>,
  categories: ImportCategories,
  extras: {
    fields: readonly RegisterFieldView[];
    values?: Record<string, string>;
    usualName?: string;
    /** The rates of a year per category beside the full one, for a rate column. */
    ratesOf?: (year: number) => readonly {
      category: string;
      fullCents?: number | null;
      rates: readonly MembershipRateView[];
    }[];
    /** The file's columns, by the field they are mapped to: a refusal names the column. */
    columns?: Partial<Record<ImportField, string>>;
    /** Told how each rate value was read, for the dry run to say it. */
    onRate?: (value: string, year: number, reading: RateReading) => void;
  } = { fields: [] },
): RowOutcome {
  const values =
    mapped.fullName !== undefined && mapped.lastName === undefined && mapped.firstName === undefined
      ? { ...mapped, ...splitFullName(mapped.fullName) }
      : mapped;
  const rejections: Rejection[] = [];
  const reject = (field: Rejection['field'], reason: RejectionReason, message: string) =>
    rejections.push({ row, field, reason, message });
  const read = (field: ImportField): string | null => {
    // The text rule of every form and route (common/text.ts), cell by cell.
    const value = normaliseText(values[field] ?? '').trim();
    if (value === '') return null;
    if (textProblem(value) !== undefined) {
      reject(
        field,
        'invalid_text',
        `${fieldLabels[field]} contient un caractère invisible de contrôle ou d’inversion du sens d’écriture.`,
      );
      return null;
    }
    if (value.length > maxLength[field]) {
      reject(field, 'too_long', `${fieldLabels[field]} dépasse ${maxLength[field]} caractères.`);
      return null;
    }
    return value;
  };
  const lastName = read('lastName');
  const firstName = read('firstName');
  const organisation = read('organisation');
  const title = read('title');
  const notes = read('notes');
  const rawEmail = read('email');
  const rawYear = read('membershipYear');
  const rawCategory = read('category');
  const rawRate = read('rate');
  const rawStatus = read('status');
  const rawDay = read('effectiveOn');
  const contact = {
    phone: read('phone'),
    addressLine: read('addressLine'),
    postalCode: read('postalCode'),
    city: read('city'),
    country: read('country'),
    usualName: (extras.usualName ?? '').trim().slice(0, 100) || null,
  };
  let customFields: Record<string, string> | null = null;
  let organisationFields: Record<string, string> | null = null;
  for (const [code, raw] of Object.entries(extras.values ?? {})) {
    const value = raw.trim();
    if (value === '') continue;
    const field = extras.fields.find((entry) => entry.code === code);
    if (!field) continue;
    const checked = checkCustomValue(field, value);
    if (checked === null) {
      const expected =
        field.type === 'date'
          ? 'une date (AAAA-MM-JJ ou JJ/MM/AAAA)'
          : `l’une des options : ${field.options.join(', ')}`;
      reject(
        `customFields.${field.labelFr}`,
        'invalid_value',
        `${field.labelFr} : « ${value} » n’est pas ${expected}.`,
      );
    } else if (field.appliesTo === 'organisation')
      organisationFields = { ...(organisationFields ?? {}), [code]: checked };
    else customFields = { ...(customFields ?? {}), [code]: checked };
  }

  // A name must hold a letter, as in every form: one of punctuation or digits alone ("—", "?",
  // "1234") would match every other such name.
  for (const [field, value] of [
    ['lastName', lastName],
    ['firstName', firstName],
    ['organisation', organisation],
  ] as const) {
    if (value !== null && !hasLetter(value)) {
      reject(field, 'no_letters', `${fieldLabels[field]} « ${value} » n’a aucune lettre.`);
    }
  }
  const hasPerson = lastName !== null || firstName !== null;
  if (lastName === null && firstName !== null) reject('lastName', 'required', 'Le nom manque.');
  if (firstName === null && lastName !== null) reject('firstName', 'required', 'Le prénom manque.');
  if (!hasPerson && organisation === null && rejections.length === 0) {
    reject('row', 'name_or_organisation_required', 'Ni nom et prénom, ni organisation.');
  }
  if (title !== null && organisation === null) {
    reject(
      'title',
      'title_without_organisation',
      `La fonction « ${title} » ne dit pas pour quelle organisation.`,
    );
  }

  let email: string | null = null;
  if (rawEmail !== null) {
    const parsed = emailSchema.safeParse(rawEmail);
    if (parsed.success) email = parsed.data;
    else reject('email', 'invalid_email', `« ${rawEmail} » n’est pas une adresse e-mail valide.`);
  }

  let membership: ValidRow['membership'] = null;
  if (rawYear !== null || rawCategory !== null || rawRate !== null || rawStatus !== null || rawDay !== null) {
    // A tool's export dates the membership without a year column (HelloAsso's "Date"): its year.
    const datedYear = rawYear === null && rawDay !== null ? parseDay(rawDay)?.slice(0, 4) : undefined;
    const year =
      rawYear === null ? (datedYear === undefined ? undefined : Number(datedYear)) : Number(rawYear);
    const isYear = Number.isInteger(year) && year! >= 1901 && year! <= 2200;
    if (rawYear === null && datedYear === undefined)
      reject('membershipYear', 'required', 'L’année d’adhésion manque.');
    else if (!isYear) {
      reject('membershipYear', 'invalid_year', `« ${rawYear} » n’est pas une année.`);
    }
    let category = rawCategory === null ? undefined : parseCategory(rawCategory, categories);
    if (rawCategory !== null && !category) {
      reject('category', 'unknown_category', `Catégorie inconnue : « ${rawCategory} ».`);
    }
    // HelloAsso's "Tarif" is the rate the member chose: the rate of the year names its category.
    let rate: ImportRate | undefined;
    if (rawRate !== null && isYear && (rawCategory === null || category)) {
      const reading = readRate(rawRate, {
        yearRates: extras.ratesOf?.(year!) ?? [],
        categories,
        ...(category ? { category: category.code } : {}),
      });
      extras.onRate?.(rawRate, year!, reading);
      const column = extras.columns?.rate ?? fieldLabels.rate;
      if (reading.outcome === 'unknown')
        reject(
          'rate',
          'unknown_rate',
          `Ligne ${row}, colonne « ${column} » : « ${rawRate} » n’est aucun tarif de ${year}${category ? ' pour cette catégorie' : ''}.`,
        );
      else if (reading.outcome === 'ambiguous')
        reject(
          'rate',
          'unknown_rate',
          `Ligne ${row}, colonne « ${column} » : « ${rawRate} » convient à plusieurs catégories en ${year} (${reading.categories.join(', ')}) ; ajoutez une colonne de catégorie.`,
        );
      else {
        category ??= parseCategory(reading.category, categories);
        rate = reading.rate;
      }
    }
    if (rawCategory === null && rawRate === null)
      reject('category', 'required', 'La catégorie d’adhésion manque.');
    const status = rawStatus === null ? 'validated' : parseStatus(rawStatus);
    if (!status) reject('status', 'unknown_status', `Statut inconnu : « ${rawStatus} ».`);
    const effectiveOn = rawDay === null ? `${rawYear}-01-01` : parseDay(rawDay);
    if (rawDay !== null && !effectiveOn) {
      reject('effectiveOn', 'invalid_date', `« ${rawDay} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).`);
    }
    if (category) {
      const owner = category.kind;
      if (owner === 'organisation' && organisation === null) {
        reject(
          'organisation',
          'organisation_required',
          'Une adhésion de personne morale nomme l’organisation.',
        );
      }
      if (owner === 'person' && !hasPerson) {
        reject('lastName', 'person_required', 'Une adhésion individuelle nomme la personne.');
      }
      if (status && effectiveOn && year !== undefined) {
        membership = {
          year,
          category: category.code,
          status,
          effectiveOn,
          owner,
          hasPartner: category.hasPartner,
          ...(rate ? { rate } : {}),
        };
      }
    }
  }

  if (rejections.length > 0) return { isValid: false, rejections };
  return {
    isValid: true,
    value: {
      row,
      person: hasPerson ? { firstName: firstName!, lastName: lastName!, ...contact } : null,
      customFields: hasPerson ? customFields : null,
      organisationFields: organisation === null ? null : organisationFields,
      organisation,
      email,
      title,
      notes,
      membership,
    },
  };
}
