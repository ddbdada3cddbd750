import { defineErrors } from './define.ts';

/** The accounts domain's error codes (status, French and English texts). */
export const accountsErrors = defineErrors({});
