import { defineErrors } from './define.ts';

/** The budget domain's error codes (budgets, annual accounts, staff, programmes): status, French and English texts. */
export const budgetErrors = defineErrors({
  budget_not_found: { status: 404, fr: 'Budget {{year}} introuvable.', en: 'No budget for {{year}}.' },
  budget_line_not_found: {
    status: 404,
    fr: 'La ligne {{line}} du budget {{year}} introuvable.',
    en: 'Line {{line}} of the {{year}} budget not found.',
  },
  annual_accounts_not_found: {
    status: 404,
    fr: 'Comptes {{year}} introuvable.',
    en: 'No accounts for {{year}}.',
  },
  budget_year_exists: {
    status: 409,
    fr: 'Le budget {{year}} existe déjà.',
    en: 'The {{year}} budget already exists.',
  },
  budget_as_of_outside_year: {
    status: 400,
    fr: 'Le réalisé à date du budget {{year}} doit être arrêté à un jour de {{year}}.',
    en: 'The {{year}} budget’s actual to date must stand at a day of {{year}}.',
  },
  budget_actual_to_date_missing: {
    status: 404,
    fr: 'Le budget {{year}} n’a pas de colonne de réalisé à date.',
    en: 'The {{year}} budget has no actual-to-date column.',
  },
  budget_previous_missing: {
    status: 400,
    fr: 'Il n’y a pas de budget {{year}} à recopier : créez un budget vide.',
    en: 'There is no {{year}} budget to copy: create an empty budget.',
  },
  // i18next picks `_one` for a single line beneath, the base text otherwise.
  budget_line_has_lines_beneath: {
    status: 409,
    fr: 'La ligne {{code}} « {{label}} » a {{count}} lignes en dessous : supprimez-les d’abord.',
    en: 'The line {{code}} “{{label}}” has {{count}} lines beneath it: remove them first.',
  },
  budget_line_has_lines_beneath_one: {
    status: 409,
    fr: 'La ligne {{code}} « {{label}} » a une ligne en dessous : supprimez-la d’abord.',
    en: 'The line {{code}} “{{label}}” has one line beneath it: remove it first.',
  },
  budget_parent_unknown: {
    status: 400,
    fr: 'Rien n’a été ajouté : la ligne parente n’est pas dans ce budget.',
    en: 'Nothing was added: the parent line is not in this budget.',
  },
  budget_parent_fee_line: {
    status: 400,
    fr: 'Rien n’a été ajouté : une ligne de cotisations calculée ne peut pas avoir de lignes en dessous.',
    en: 'Nothing was added: a computed fee line cannot have lines beneath it.',
  },
  budget_parent_result_line: {
    status: 400,
    fr: 'Rien n’a été ajouté : la ligne du résultat ne peut pas avoir de lignes en dessous.',
    en: 'Nothing was added: the result line cannot have lines beneath it.',
  },
  budget_side_required: {
    status: 400,
    fr: 'Rien n’a été ajouté : choisissez le côté (charges ou produits) d’une famille.',
    en: 'Nothing was added: choose the side (charges or products) of a family.',
  },
  budget_parent_on_charges: {
    status: 400,
    fr: 'Rien n’a été ajouté : la ligne parente est du côté de charges.',
    en: 'Nothing was added: the parent line is on the charges side.',
  },
  budget_parent_on_products: {
    status: 400,
    fr: 'Rien n’a été ajouté : la ligne parente est du côté de produits.',
    en: 'Nothing was added: the parent line is on the products side.',
  },
  budget_account_of_charges: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ({{label}}) est un compte de charges.',
    en: 'Nothing was added: account {{code}} ({{label}}) is a charges account.',
  },
  budget_account_of_products: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ({{label}}) est un compte de produits.',
    en: 'Nothing was added: account {{code}} ({{label}}) is a products account.',
  },
  budget_top_line_not_a_family: {
    status: 400,
    fr: 'Rien n’a été ajouté : une ligne du haut du tableau est une famille du plan comptable (60, 74…) ; {{code}} n’en est pas une.',
    en: 'Nothing was added: a top line of the table is a family of the chart of accounts (60, 74…); {{code}} is not one.',
  },
  budget_account_outside_charges: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ne commence par aucune famille de charges du plan comptable.',
    en: 'Nothing was added: account {{code}} starts with no charges family of the chart of accounts.',
  },
  budget_account_outside_products: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ne commence par aucune famille de produits du plan comptable.',
    en: 'Nothing was added: account {{code}} starts with no products family of the chart of accounts.',
  },
  budget_label_required: {
    status: 400,
    fr: 'Rien n’a été ajouté : donnez un libellé à la ligne.',
    en: 'Nothing was added: give the line a label.',
  },
  budget_line_exists: {
    status: 400,
    fr: 'Rien n’a été ajouté : la ligne {{code}} « {{label}} » existe déjà à cet endroit.',
    en: 'Nothing was added: the line {{code}} “{{label}}” already exists at that place.',
  },
  // The first refused value is worded by its own code (nested).
  budget_not_saved: {
    status: 400,
    fr: 'Rien n’a été enregistré : {{count}} valeurs sont refusées ({{path}} : $t(errors:budget_refusal_{{reason}})).',
    en: 'Nothing was saved: {{count}} values are refused ({{path}}: $t(errors:budget_refusal_{{reason}})).',
  },
  budget_not_saved_one: {
    status: 400,
    fr: 'Rien n’a été enregistré : une valeur est refusée ({{path}} : $t(errors:budget_refusal_{{reason}})).',
    en: 'Nothing was saved: one value is refused ({{path}}: $t(errors:budget_refusal_{{reason}})).',
  },
  annual_accounts_not_saved: {
    status: 400,
    fr: 'Rien n’a été enregistré : {{path}} : $t(errors:budget_refusal_{{reason}})',
    en: 'Nothing was saved: {{path}}: $t(errors:budget_refusal_{{reason}})',
  },
  project_ends_before_start: {
    status: 400,
    fr: 'Rien n’a été enregistré : la dernière année précède la première.',
    en: 'Nothing was saved: the last year comes before the first.',
  },
  partner_not_in_register: {
    status: 400,
    fr: 'Rien n’a été enregistré : {{path}} ne désigne aucune organisation du registre.',
    en: 'Nothing was saved: {{path}} names no organisation of the register.',
  },
  staff_ends_before_start: {
    status: 400,
    fr: 'Rien n’a été enregistré : la fin précède le début.',
    en: 'Nothing was saved: the end comes before the start.',
  },
  staff_fte_invalid: {
    status: 400,
    fr: 'Rien n’a été enregistré : {{path}} n’est pas un temps de travail entre 0,01 et 1,5 (par exemple « 1 » ou « 0,57 »).',
    en: 'Nothing was saved: {{path}} is not a working time between 0.01 and 1.5 (for example “1” or “0.57”).',
  },
  team_fte_invalid: {
    status: 400,
    fr: 'Rien n’a été enregistré : {{path}} n’est pas un nombre d’ETP (par exemple « 8,64 »).',
    en: 'Nothing was saved: {{path}} is not a number of FTE (for example “8.64”).',
  },

  // Why a value of an edit is refused, as `budget_not_saved` and `annual_accounts_not_saved` word the
  // first one; the field errors keep the short code (`not_a_number`), which the web app words.
  budget_refusal_unknown_line: {
    status: 400,
    fr: 'Cette ligne n’est pas dans ce budget.',
    en: 'This line is not in this budget.',
  },
  budget_refusal_unknown_column: {
    status: 400,
    fr: 'Cette colonne n’est pas dans ce budget.',
    en: 'This column is not in this budget.',
  },
  budget_refusal_not_a_fee_line: {
    status: 400,
    fr: 'Cette ligne n’est pas une ligne de cotisations.',
    en: 'This line is not a fee line.',
  },
  budget_refusal_computed_from_fee_grid: {
    status: 400,
    fr: 'Ce montant est calculé à partir de la grille des cotisations : changez plutôt le nombre d’adhésions.',
    en: 'This amount is computed from the fee grid: change the number of memberships instead.',
  },
  budget_refusal_not_account_codes: {
    status: 400,
    fr: 'Donnez des numéros de compte, par exemple « 74 » ou « 706, 708 ».',
    en: 'Give account numbers, for example “74” or “706, 708”.',
  },
  budget_refusal_empty: { status: 400, fr: 'Saisissez un montant.', en: 'Enter an amount.' },
  budget_refusal_not_a_number: {
    status: 400,
    fr: 'Ce n’est pas un montant : écrivez par exemple « 1 124 849 » ou « 12,50 ».',
    en: 'This is not an amount: write for example “1,124,849” or “12.50”.',
  },
  budget_refusal_negative: {
    status: 400,
    fr: 'Le montant ne peut pas être négatif ici.',
    en: 'The amount cannot be negative here.',
  },
  budget_refusal_too_many_decimals: {
    status: 400,
    fr: 'Deux décimales au plus (les centimes).',
    en: 'Two decimals at most (the cents).',
  },
  budget_refusal_too_large: {
    status: 400,
    fr: 'Ce montant est trop grand.',
    en: 'This amount is too large.',
  },

  // What is wrong with one field of the line, project and staff forms (errors[].message).
  unknown_line: {
    status: 400,
    fr: 'Cette ligne n’est pas dans ce budget.',
    en: 'This line is not in this budget.',
  },
  fee_line: {
    status: 400,
    fr: 'Une ligne de cotisations calculée ne peut pas avoir de lignes en dessous.',
    en: 'A computed fee line cannot have lines beneath it.',
  },
  result_line: {
    status: 400,
    fr: 'La ligne du résultat ne peut pas avoir de lignes en dessous.',
    en: 'The result line cannot have lines beneath it.',
  },
  wrong_side: { status: 400, fr: 'Ce compte est de l’autre côté.', en: 'This account is on the other side.' },
  wrong_side_charges: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ({{label}}) est un compte de charges.',
    en: 'Nothing was added: account {{code}} ({{label}}) is a charges account.',
  },
  wrong_side_products: {
    status: 400,
    fr: 'Rien n’a été ajouté : le compte {{code}} ({{label}}) est un compte de produits.',
    en: 'Nothing was added: account {{code}} ({{label}}) is a products account.',
  },
  not_a_family: {
    status: 400,
    fr: 'Une ligne du haut du tableau est une famille du plan comptable (60, 74…).',
    en: 'A top line of the table is a family of the chart of accounts (60, 74…).',
  },
  unknown_account: {
    status: 400,
    fr: 'Ce compte ne commence par aucune famille de ce côté du plan comptable.',
    en: 'This account starts with no family of that side of the chart of accounts.',
  },
  duplicate_line: {
    status: 400,
    fr: 'Cette ligne existe déjà à cet endroit.',
    en: 'This line already exists at that place.',
  },
  unknown_programme: {
    status: 400,
    fr: 'Programme inconnu : {{programme}}.',
    en: 'Unknown programme: {{programme}}.',
  },
  before_start: { status: 400, fr: 'La fin précède le début.', en: 'The end comes before the start.' },
  not_an_fte: {
    status: 400,
    fr: 'Ce n’est pas un temps de travail : écrivez par exemple « 1 » ou « 0,57 ».',
    en: 'This is not a working time: write for example “1” or “0.57”.',
  },
  staff_function_code_taken: {
    status: 409,
    fr: 'Une fonction porte déjà le code « {{code}} ».',
    en: 'A function already has the code “{{code}}”.',
  },
  staff_function_not_found: {
    status: 404,
    fr: 'Cette fonction n’existe pas.',
    en: 'This function does not exist.',
  },
  staff_function_in_use: {
    status: 409,
    fr: 'Cette fonction est celle de {{count}} membre(s) de l’équipe : changez-les d’abord.',
    en: 'This function is held by {{count}} staff member(s): change them first.',
  },
  unknown_staff_function: {
    status: 400,
    fr: 'Cette fonction n’est pas dans la liste de l’association.',
    en: 'This function is not in the association’s list.',
  },
  invalid_staff_function_code: {
    status: 400,
    fr: 'Un code en minuscules, sans espace ni accent, par exemple « communication ».',
    en: 'A lower-case code without spaces or accents, for instance “communication”.',
  },
  staff_function_order_incomplete: {
    status: 400,
    fr: 'Le nouvel ordre doit donner chaque fonction une fois, et seulement elles.',
    en: 'The new order must give each function once, and only them.',
  },
});
