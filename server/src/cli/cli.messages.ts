import { defineMessages } from '../../../common/i18n/messages.ts';

/**
 * The command line's messages, French and English side by side; read with `translate(language, 'cli:key')`,
 * the language from `--lang` (French by default). Usage errors (a wrong option) stay in English, like
 * the option parser's own messages.
 */
export const cliMessages = defineMessages({
  migrated: {
    fr: 'Base {{engine}} à jour ({{location}}).',
    en: '{{engine}} database up to date ({{location}}).',
  },
  password_prompt: {
    fr: 'Mot de passe (10 caractères au moins) : ',
    en: 'Password (at least 10 characters): ',
  },
  password_confirmation: { fr: 'Confirmez le mot de passe : ', en: 'Confirm the password: ' },
  administrator_created: {
    fr: 'Administrateur créé : {{name}} <{{email}}>. Connectez-vous sur {{url}}/signin',
    en: 'Administrator created: {{name}} <{{email}}>. Sign in at {{url}}/signin',
  },
  two_factor_reset: {
    fr: 'Double authentification retirée pour {{email}} : ses sessions ouvertes sont fermées, et ce compte se connecte à nouveau avec son seul mot de passe.',
    en: 'Two-factor sign-in removed for {{email}}: its open sessions are closed, and this account signs in with its password alone again.',
  },
  demo_loaded: {
    fr: 'Démo chargée : {{association}}, {{persons}} personnes, {{organisations}} organisations, {{affiliations}} rattachements ({{staff}} salariés).',
    en: 'Demo loaded: {{association}}, {{persons}} people, {{organisations}} organisations, {{affiliations}} affiliations ({{staff}} employees).',
  },
  backup_written: {
    fr: 'Sauvegarde écrite : {{file}} ({{rows}} lignes, schéma {{schema}}).',
    en: 'Backup written: {{file}} ({{rows}} rows, schema {{schema}}).',
  },
  backup_verified: {
    fr: 'Sauvegarde vérifiée : {{file}} ({{rows}} lignes, schéma {{schema}}, empreinte {{sha256}}).',
    en: 'Backup verified: {{file}} ({{rows}} rows, schema {{schema}}, checksum {{sha256}}).',
  },
  backup_verified_without_checksum: {
    fr: 'Sauvegarde lisible mais sans empreinte (format {{version}}) : {{file}} ({{rows}} lignes, schéma {{schema}}).',
    en: 'Backup readable but without checksum (format {{version}}): {{file}} ({{rows}} rows, schema {{schema}}).',
  },
  backup_restored: {
    fr: 'Sauvegarde restaurée dans {{engine}} ({{location}}) : {{rows}} lignes.',
    en: 'Backup restored into {{engine}} ({{location}}): {{rows}} rows.',
  },
  server_ready: {
    fr: 'Quorum est prêt : {{url}} (base {{engine}} : {{location}})',
    en: 'Quorum is ready: {{url}} ({{engine}} database: {{location}})',
  },
  no_account_yet: {
    fr: 'Aucun compte encore. Créez le premier administrateur :\n  npx quorum admin create --email vous@example.org --name "Votre nom"',
    en: 'No account yet. Create the first administrator:\n  npx quorum admin create --email you@example.org --name "Your name"',
  },
  members_title: { fr: 'Adhésions {{year}} au {{day}}', en: 'Memberships {{year}} on {{day}}' },
  members_category: { fr: 'Catégorie', en: 'Category' },
  members_expected_income: { fr: 'Recette attendue', en: 'Expected income' },
  budget_title: { fr: 'Budget {{year}}', en: 'Budget {{year}}' },
  budget_column: {
    fr: '{{label}} : charges {{charges}} (déclaré {{declaredCharges}}), produits {{products}} (déclaré {{declaredProducts}}) — {{balance}}',
    en: '{{label}}: charges {{charges}} (declared {{declaredCharges}}), products {{products}} (declared {{declaredProducts}}) — {{balance}}',
  },
  budget_balanced: { fr: 'équilibré', en: 'balanced' },
  budget_unbalanced: { fr: 'déséquilibré de {{amount}}', en: 'off balance by {{amount}}' },
  budget_no_differences: {
    fr: 'Aucun écart entre les chiffres déclarés et la somme de leurs lignes.',
    en: 'No difference between the declared figures and the sum of their lines.',
  },
  budget_differences: {
    fr: '{{count}} écarts entre un chiffre déclaré et la somme de ses lignes :',
    en: '{{count}} differences between a declared figure and the sum of its lines:',
  },
  budget_difference: {
    fr: '{{label}} [{{column}}] : déclaré {{declared}}, calculé {{computed}}, écart {{difference}}',
    en: '{{label}} [{{column}}]: declared {{declared}}, computed {{computed}}, difference {{difference}}',
  },
  minutes_written: {
    fr: 'Procès-verbal écrit : {{file}} ({{bytes}} octets).',
    en: 'Minutes written: {{file}} ({{bytes}} bytes).',
  },
  not_voted: { fr: 'non votée', en: 'not voted' },
});
