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
  record_verified: {
    fr: 'Registre vérifié : {{ballots}} bulletins (poids total {{weight}}), chaque preuve est valide et le résultat se recalcule : {{result}}. Empreinte du scrutin : {{fingerprint}}.',
    en: 'Record verified: {{ballots}} ballots (total weight {{weight}}), every proof holds and the result recomputes: {{result}}. Poll fingerprint: {{fingerprint}}.',
  },
  record_refused: {
    fr: 'Registre refusé : {{reason}}{{detail}}.',
    en: 'Record refused: {{reason}}{{detail}}.',
  },
  record_malformed: {
    fr: 'ce n’est pas un registre de scrutin chiffré lisible',
    en: 'this is not a readable encrypted-poll record',
  },
  record_invalid_ceremony: {
    fr: 'la cérémonie des clés des assesseurs ne se vérifie pas',
    en: 'the trustees’ key ceremony does not check',
  },
  record_public_key_mismatch: {
    fr: 'la clé du scrutin n’est pas celle de la cérémonie',
    en: 'the poll’s key is not the ceremony’s',
  },
  record_fingerprint_mismatch: {
    fr: 'l’empreinte ne correspond pas à la question et à la clé',
    en: 'the fingerprint does not match the question and key',
  },
  record_invalid_roll: {
    fr: 'la liste des identifiants de vote est invalide',
    en: 'the list of voting credentials is invalid',
  },
  record_invalid_ballot: {
    fr: 'un bulletin a une preuve ou une signature invalide',
    en: 'a ballot has an invalid proof or signature',
  },
  record_tracker_mismatch: {
    fr: 'le code de suivi d’un bulletin ne correspond pas au bulletin',
    en: 'a ballot’s tracker does not match the ballot',
  },
  record_unknown_credential: {
    fr: 'un bulletin est signé par un identifiant absent de la liste',
    en: 'a ballot is signed by a credential not on the list',
  },
  record_duplicate_credential: {
    fr: 'deux bulletins portent le même identifiant',
    en: 'two ballots carry the same credential',
  },
  record_tally_mismatch: {
    fr: 'le dépouillement n’est pas le produit des bulletins',
    en: 'the tally is not the product of the ballots',
  },
  record_invalid_partial_decryption: {
    fr: 'un déchiffrement partiel d’assesseur a une preuve invalide',
    en: 'a trustee’s partial decryption has an invalid proof',
  },
  record_not_enough_decryptions: {
    fr: 'il manque des déchiffrements d’assesseurs',
    en: 'trustees’ decryptions are missing',
  },
  record_result_mismatch: {
    fr: 'le résultat annoncé n’est pas celui que donnent les déchiffrements',
    en: 'the announced result is not the one the decryptions give',
  },
});
