import { defineErrors } from './define.ts';

/** Codes any route may answer with, and the field messages of the schemas in common/. */
export const generalErrors = defineErrors({
  validation_failed: {
    status: 400,
    fr: 'Certaines informations sont invalides. Vérifiez les champs signalés.',
    en: 'Some information is invalid. Check the highlighted fields.',
  },
  invalid_json: {
    status: 400,
    fr: 'La demande envoyée est illisible. Rechargez la page puis réessayez.',
    en: 'The request could not be read. Reload the page and try again.',
  },
  not_authenticated: {
    status: 401,
    fr: 'Connectez-vous pour continuer.',
    en: 'Sign in to continue.',
  },
  invalid_credentials: {
    status: 401,
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    en: 'Wrong e-mail address or password.',
  },
  forbidden: {
    status: 403,
    fr: 'Votre rôle ne permet pas cette action.',
    en: 'Your role does not allow this action.',
  },
  csrf_failed: {
    status: 403,
    fr: 'Jeton anti-CSRF manquant ou invalide ; rechargez la page.',
    en: 'Missing or invalid anti-CSRF token; reload the page.',
  },
  not_found: { status: 404, fr: 'Élément introuvable.', en: 'Not found.' },
  route_not_found: {
    status: 404,
    fr: 'Aucune route {{method}} {{path}}.',
    en: 'No route {{method}} {{path}}.',
  },
  // `new AppError('not_found', { context: 'route', method, path })`: an unknown /api path keeps the code not_found.
  not_found_route: {
    status: 404,
    fr: 'Aucune route {{method}} {{path}}.',
    en: 'No route {{method}} {{path}}.',
  },
  conflict: {
    status: 409,
    fr: 'Cette action entre en conflit avec une modification récente. Rechargez la page.',
    en: 'This conflicts with a recent change. Reload the page.',
  },
  stale_version: {
    status: 409,
    fr: 'Cette fiche a été modifiée par quelqu’un d’autre pendant que vous la modifiiez (version {{version}} désormais) : rien n’a été enregistré.',
    en: 'Someone else changed this record while you were editing it (now version {{version}}): nothing was saved.',
  },
  invalid_if_match: {
    status: 400,
    fr: 'L’en-tête If-Match doit donner la version de la fiche, par exemple « "3" ».',
    en: 'The If-Match header must give the record’s version, for example "3".',
  },
  email_taken: {
    status: 409,
    fr: 'Un compte utilise déjà cette adresse e-mail.',
    en: 'An account already uses this e-mail address.',
  },
  token_invalid: {
    status: 410,
    fr: 'Ce lien a expiré ou a déjà été utilisé.',
    en: 'This link has expired or has already been used.',
  },
  payload_too_large: {
    status: 413,
    fr: 'Les données envoyées sont trop volumineuses.',
    en: 'The data sent is too large.',
  },
  unsupported_media_type: {
    status: 415,
    fr: 'Ce type de contenu n’est pas accepté ; envoyez du JSON.',
    en: 'This content type is not accepted; send JSON.',
  },
  too_many_requests: {
    status: 429,
    fr: 'Trop de tentatives ; réessayez plus tard.',
    en: 'Too many attempts; try again later.',
  },
  internal: {
    status: 500,
    fr: 'Une erreur inattendue est survenue ; elle a été consignée.',
    en: 'An unexpected error occurred; it has been logged.',
  },
  database_unavailable: {
    status: 503,
    fr: 'La base de données ne répond pas.',
    en: 'The database does not answer.',
  },
  unavailable: {
    status: 503,
    fr: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
    en: 'The service is temporarily unavailable. Try again in a moment.',
  },

  // What is wrong with one field: the schemas' own messages and Zod's, by issue (common/validation.ts).
  required: { status: 400, fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  invalid: { status: 400, fr: 'Cette valeur n’est pas valide.', en: 'This value is not valid.' },
  invalid_type: {
    status: 400,
    fr: 'Cette valeur n’est pas du type attendu.',
    en: 'This value is not of the expected type.',
  },
  invalid_format: {
    status: 400,
    fr: 'Cette valeur n’a pas le format attendu.',
    en: 'This value does not have the expected format.',
  },
  invalid_choice: {
    status: 400,
    fr: 'Choisissez une des valeurs proposées.',
    en: 'Choose one of the proposed values.',
  },
  unknown_field: { status: 400, fr: 'Ce champ n’est pas attendu.', en: 'This field is not expected.' },
  too_short: {
    status: 400,
    fr: 'Ce texte est trop court ({{minimum}} caractères au moins).',
    en: 'This text is too short (at least {{minimum}} characters).',
  },
  too_long: {
    status: 400,
    fr: 'Ce texte est trop long ({{maximum}} caractères au plus).',
    en: 'This text is too long (at most {{maximum}} characters).',
  },
  too_small: {
    status: 400,
    fr: 'La valeur minimale est {{minimum}}.',
    en: 'The smallest value allowed is {{minimum}}.',
  },
  too_big: {
    status: 400,
    fr: 'La valeur maximale est {{maximum}}.',
    en: 'The largest value allowed is {{maximum}}.',
  },
  too_few: { status: 400, fr: 'Il en faut au moins {{minimum}}.', en: 'At least {{minimum}} are needed.' },
  too_many: { status: 400, fr: 'Il en faut au plus {{maximum}}.', en: 'At most {{maximum}} are allowed.' },
  invalid_email: {
    status: 400,
    fr: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    en: 'Enter a valid e-mail address, for example name@example.org.',
  },
  invalid_date: { status: 400, fr: 'Saisissez une date valide.', en: 'Enter a valid date.' },
  password_too_short: {
    status: 400,
    fr: 'Le mot de passe doit contenir au moins 10 caractères.',
    en: 'The password must be at least 10 characters long.',
  },
  passwords_do_not_match: {
    status: 400,
    fr: 'Les deux mots de passe ne sont pas identiques.',
    en: 'The two passwords are not the same.',
  },
  wrong_current_password: {
    status: 400,
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is wrong.',
  },
  amount_invalid: {
    status: 400,
    fr: 'Saisissez un montant en euros, par exemple 5 000 ou 40,50.',
    en: 'Enter an amount in euros, for example 5,000 or 40.50.',
  },
  amount_negative: {
    status: 400,
    fr: 'Le montant ne peut pas être négatif.',
    en: 'The amount cannot be negative.',
  },
  amount_too_precise: {
    status: 400,
    fr: 'Un montant a au plus deux décimales (les centimes), par exemple 40,50.',
    en: 'An amount has at most two decimals (cents), for example 40.50.',
  },
  amount_not_whole_cents: {
    status: 400,
    fr: 'Un montant a au plus deux décimales (les centimes), par exemple 40,50.',
    en: 'An amount has at most two decimals (cents), for example 40.50.',
  },
  amount_not_positive: {
    status: 400,
    fr: 'Le montant d’un paiement doit être supérieur à zéro.',
    en: 'A payment must be more than zero.',
  },
  payment_too_large: {
    status: 400,
    fr: 'Un paiement dépasse rarement 1 000 000 € : vérifiez le montant (en euros, par exemple 40,50).',
    en: 'A payment is rarely over €1,000,000: check the amount (in euros, for example 40.50).',
  },
  payment_date_out_of_range: {
    status: 400,
    fr: 'La date du paiement doit être passée ou à moins d’un an d’aujourd’hui, et après 1900.',
    en: 'A payment is dated in the past or less than a year ahead, and after 1900.',
  },
  text_control_character: {
    status: 400,
    fr: 'Ce texte contient un caractère de contrôle invisible (par exemple un octet nul) : retapez-le ou collez-le sans mise en forme.',
    en: 'This text holds an invisible control character (a null byte, for example): type it again or paste it as plain text.',
  },
  text_bidirectional_control: {
    status: 400,
    fr: 'Ce texte contient un caractère qui inverse le sens d’écriture et cache ce qui est lu : retirez-le.',
    en: 'This text holds a character that reverses the writing direction and hides what is read: remove it.',
  },
  name_without_letter: {
    status: 400,
    fr: 'Un nom contient au moins une lettre.',
    en: 'A name holds at least one letter.',
  },
});
