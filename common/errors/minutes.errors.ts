import { defineErrors } from './define.ts';

/** The minutes domain's error codes (status, French and English texts). */
export const minutesErrors = defineErrors({
  minutes_writers_only: {
    status: 403,
    fr: 'Seuls le secrétariat et les administrateurs rédigent le procès-verbal.',
    en: 'Only the secretariat and administrators write the minutes.',
  },
  minutes_not_signed_yet: {
    status: 403,
    fr: 'Le procès-verbal n’est pas encore signé : il n’est pas encore communiqué aux membres.',
    en: 'The minutes are not signed yet: they are not yet shared with members.',
  },
  minutes_signed: {
    status: 409,
    fr: 'Le procès-verbal (version {{version}}) est signé : il ne peut plus être modifié. Pour le corriger, créez une nouvelle version.',
    en: 'The minutes (version {{version}}) are signed: they can no longer be changed. To correct them, create a new version.',
  },
  minutes_approved: {
    status: 409,
    fr: 'Le procès-verbal (version {{version}}) est approuvé : il ne peut plus être modifié avant sa signature.',
    en: 'The minutes (version {{version}}) are approved: they can no longer be changed before they are signed.',
  },
  minutes_not_found: {
    status: 404,
    fr: 'Procès-verbal de l’assemblée « {{slug}} » introuvable.',
    en: 'No minutes for the assembly “{{slug}}”.',
  },
  minutes_version_not_found: {
    status: 404,
    fr: 'Version {{version}} du procès-verbal introuvable.',
    en: 'Version {{version}} of the minutes not found.',
  },
  minutes_exist: {
    status: 409,
    fr: 'Le procès-verbal de cette assemblée existe déjà.',
    en: 'The minutes of this assembly already exist.',
  },
  minutes_section_not_found: {
    status: 404,
    fr: 'Section « {{section}} » introuvable.',
    en: 'Section “{{section}}” not found.',
  },
  generated_title: {
    status: 400,
    fr: 'Le titre d’une section produite vient des données : seul son texte peut être remplacé.',
    en: 'A generated section’s title comes from the data: only its text can be replaced.',
  },
  written_section_not_generated: {
    status: 409,
    fr: 'Une section rédigée n’a pas de texte produit auquel revenir.',
    en: 'A written section has no generated text to go back to.',
  },
  generated_section_kept: {
    status: 409,
    fr: 'Une section produite à partir des données ne peut pas être retirée ; remplacez son texte si besoin.',
    en: 'A section generated from the data cannot be removed; replace its text if needed.',
  },
  unknown_section: {
    status: 400,
    fr: 'La section « {{section}} » n’est pas dans ce procès-verbal.',
    en: 'The section “{{section}}” is not in these minutes.',
  },
  not_a_permutation: {
    status: 400,
    fr: 'La liste doit nommer chaque section une fois et une seule.',
    en: 'The list must name each section exactly once.',
  },
  minutes_already_signed: {
    status: 409,
    fr: 'Le procès-verbal est déjà signé.',
    en: 'The minutes are already signed.',
  },
  minutes_not_approved: {
    status: 409,
    fr: 'Le procès-verbal doit être approuvé avant d’être signé.',
    en: 'The minutes must be approved before they are signed.',
  },
  minutes_changed: {
    status: 409,
    fr: 'Le procès-verbal a changé entre-temps : rechargez la page.',
    en: 'The minutes have changed in the meantime: reload the page.',
  },
  minutes_not_signed_for_correction: {
    status: 409,
    fr: 'Seul un procès-verbal signé se corrige par une nouvelle version ; celui-ci peut encore être modifié.',
    en: 'Only signed minutes are corrected by a new version; these can still be changed.',
  },
  minutes_section_kind_unknown: {
    status: 500,
    fr: 'La section « {{kind}} » n’est pas connue de cette version de Quorum.',
    en: 'The section “{{kind}}” is not known to this version of Quorum.',
  },
  minutes_section_failed: {
    status: 500,
    fr: 'La section « {{section}} » n’a pas pu être produite ({{cause}}). Rien n’a été écrit.',
    en: 'The section “{{section}}” could not be produced ({{cause}}). Nothing was written.',
  },
});
