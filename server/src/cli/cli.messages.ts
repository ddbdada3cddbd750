import { defineMessages } from '../../../common/i18n/messages.ts';

/** The command line's messages, French and English side by side; read with `translate(language, 'cli:key')`. */
export const cliMessages = defineMessages({});
