import i18next from 'i18next';
import en from './encryption.en.json';
import fr from './encryption.fr.json';

/**
 * The texts of encrypted polls travel with their pages rather than in the shell every visitor
 * downloads first; they join the `encryption` key of the app's catalog when one of them loads.
 */
export type EncryptionTexts = typeof fr;

// English must have every French key: the type check fails here if one is missing.
const english: EncryptionTexts = en;

i18next.addResourceBundle('fr', 'translation', { encryption: fr }, true, true);
i18next.addResourceBundle('en', 'translation', { encryption: english }, true, true);
