import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The register-import domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'register-import:key', params)` (server/src/i18n/translate.ts).
 */
export const registerImportMessages = defineMessages({
  field_lastName: { fr: 'Nom', en: 'Last name' },
  field_firstName: { fr: 'Prénom', en: 'First name' },
  field_fullName: { fr: 'Nom et prénom', en: 'Full name' },
  field_email: { fr: 'E-mail', en: 'E-mail' },
  field_phone: { fr: 'Téléphone', en: 'Phone' },
  field_addressLine: { fr: 'Adresse', en: 'Address' },
  field_postalCode: { fr: 'Code postal', en: 'Postal code' },
  field_city: { fr: 'Ville', en: 'City' },
  field_country: { fr: 'Pays', en: 'Country' },
  field_organisation: { fr: 'Organisation', en: 'Organisation' },
  field_title: { fr: 'Fonction', en: 'Title' },
  field_membershipYear: { fr: 'Année d’adhésion', en: 'Membership year' },
  field_category: { fr: 'Catégorie', en: 'Category' },
  field_status: { fr: 'Statut', en: 'Status' },
  field_effectiveOn: { fr: 'Date d’effet', en: 'Effective date' },
  field_rate: { fr: 'Tarif appliqué', en: 'Rate applied' },
  field_notes: { fr: 'Notes', en: 'Notes' },
  /** A mapped column the file lacks, as the refusal lists it: « Courriel » (E-mail). */
  missing_column: { fr: '« {{column}} » ({{field}})', en: '“{{column}}” ({{field}})' },
  unexpected_error: { fr: 'Erreur inattendue.', en: 'Unexpected error.' },
});
