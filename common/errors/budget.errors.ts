import { defineErrors } from './define.ts';

/** The budget domain's error codes (status, French and English texts). */
export const budgetErrors = defineErrors({});
