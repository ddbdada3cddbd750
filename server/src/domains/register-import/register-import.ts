import { emailSchema } from '../../../../common/auth.schemas.ts';
import {
  categoryLabels,
  membershipCategories,
  membershipStatuses,
  organisationCategories,
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
  type ImportField,
  type ImportMapping,
} from '../../../../common/register-import.schemas.ts';
import { registerImportMessages } from './register-import.messages.ts';

/** Header names people actually write, normalised, for pre-filling the mapping. */
const headerSynonyms: Record<ImportField, string[]> = {
  lastName: ['nom', 'nom de famille', 'nom usuel', 'last name', 'lastname', 'surname', 'family name'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name'],
  email: ['e mail', 'email', 'courriel', 'mail', 'adresse e mail', 'adresse mail', 'adresse electronique'],
  phone: ['telephone', 'tel', 'phone', 'portable', 'mobile', 'numero de telephone'],
  addressLine: ['adresse', 'adresse postale', 'address', 'rue', 'voie'],
  postalCode: ['code postal', 'cp', 'postal code', 'zip', 'zip code'],
  city: ['ville', 'commune', 'city', 'localite'],
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
  ],
  category: ['categorie', 'category', 'categorie d adhesion', 'type d adhesion', 'type', "type d'adhesion"],
  status: ['statut', 'status', 'etat', 'statut de l adhesion'],
  effectiveOn: ['date', 'date d effet', 'date d adhesion', 'date de validation', 'effective on', 'depuis le'],
  notes: ['notes', 'note', 'remarques', 'remarque', 'commentaire', 'commentaires', 'observations'],
};

/** Pre-fills the mapping from the file's headers ("Nom", "Prénom", "E-mail", "Catégorie"…). */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const field of importFields) {
    const synonyms = new Set(headerSynonyms[field].map(normalizeName));
    const column = columns.find((name) => !used.has(name) && synonyms.has(normalizeName(name)));
    if (column !== undefined) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
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

const categoriesByLabel = labelIndex(membershipCategories, categoryLabels, {
  PM: 'legal_entity',
  collectivité: 'legal_entity',
  'personne morale (collectivité)': 'legal_entity',
  PP: 'individual',
  individuel: 'individual',
  individuelle: 'individual',
  'adhésion individuelle': 'individual',
  PQ: 'qualified_person',
  croisée: 'cross_membership',
  'adhésions croisées': 'cross_membership',
});

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

/** A category as a code or as people write it ("Personne morale", "personne physique", "PM"). */
export const parseCategory = remembered((text): MembershipCategory | undefined =>
  categoriesByLabel.get(normalizeName(text)),
);

/** A status as a code or as people write it ("Validée", "Renouvellement en cours"). */
export const parseStatus = remembered((text): MembershipStatus | undefined =>
  statusesByLabel.get(normalizeName(text)),
);

/** "2017-06-21" or "21/06/2017" (also 21.06.2017, 21-06-2017, 1/6/2017) → "2017-06-21"; anything else undefined. */
export function parseDay(text: string): string | undefined {
  const trimmed = text.trim();
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
  | 'no_letters';

export interface Rejection {
  row: number;
  field: ImportField | 'row';
  reason: RejectionReason;
  message: string;
}

const maxLength: Record<ImportField, number> = {
  lastName: 100,
  firstName: 100,
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
  } | null;
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
    /** Whose membership it is: legal entities and cross-memberships belong to the organisation. */
    owner: 'person' | 'organisation';
  } | null;
}

export type RowOutcome = { isValid: true; value: ValidRow } | { isValid: false; rejections: Rejection[] };

/**
 * Checks one row against the register's rules. Returns every problem of the row, each naming its
 * field, so a person fixing the file sees them all at once.
 */
export function validateRow(row: number, values: Partial<Record<ImportField, string>>): RowOutcome {
  const rejections: Rejection[] = [];
  const reject = (field: Rejection['field'], reason: RejectionReason, message: string) =>
    rejections.push({ row, field, reason, message });
  const read = (field: ImportField): string | null => {
    const value = (values[field] ?? '').trim();
    if (value === '') return null;
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
  const rawStatus = read('status');
  const rawDay = read('effectiveOn');
  const contact = {
    phone: read('phone'),
    addressLine: read('addressLine'),
    postalCode: read('postalCode'),
    city: read('city'),
    country: read('country'),
  };

  // A name of punctuation alone ("—", "?") would match every other such name.
  for (const [field, value] of [
    ['lastName', lastName],
    ['firstName', firstName],
    ['organisation', organisation],
  ] as const) {
    if (value !== null && !/[\p{L}\p{N}]/u.test(value)) {
      reject(field, 'no_letters', `${fieldLabels[field]} « ${value} » n’a ni lettre ni chiffre.`);
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
  if (rawYear !== null || rawCategory !== null || rawStatus !== null || rawDay !== null) {
    const year = rawYear === null ? undefined : Number(rawYear);
    if (rawYear === null) reject('membershipYear', 'required', 'L’année d’adhésion manque.');
    else if (!Number.isInteger(year) || year! < 1901 || year! > 2200) {
      reject('membershipYear', 'invalid_year', `« ${rawYear} » n’est pas une année.`);
    }
    const category = rawCategory === null ? undefined : parseCategory(rawCategory);
    if (rawCategory === null) reject('category', 'required', 'La catégorie d’adhésion manque.');
    else if (!category) {
      reject('category', 'unknown_category', `Catégorie inconnue : « ${rawCategory} ».`);
    }
    const status = rawStatus === null ? 'validated' : parseStatus(rawStatus);
    if (!status) reject('status', 'unknown_status', `Statut inconnu : « ${rawStatus} ».`);
    const effectiveOn = rawDay === null ? `${rawYear}-01-01` : parseDay(rawDay);
    if (rawDay !== null && !effectiveOn) {
      reject('effectiveOn', 'invalid_date', `« ${rawDay} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).`);
    }
    if (category) {
      const owner = organisationCategories.includes(category) ? 'organisation' : 'person';
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
        membership = { year, category, status, effectiveOn, owner };
      }
    }
  }

  if (rejections.length > 0) return { isValid: false, rejections };
  return {
    isValid: true,
    value: {
      row,
      person: hasPerson ? { firstName: firstName!, lastName: lastName!, ...contact } : null,
      organisation,
      email,
      title,
      notes,
      membership,
    },
  };
}
