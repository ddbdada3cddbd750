import { defineErrors } from './define.ts';

/** The votes domain's error codes (status, French and English texts). */
export const votesErrors = defineErrors({});
