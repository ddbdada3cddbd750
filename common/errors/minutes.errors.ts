import { defineErrors } from './define.ts';

/** The minutes domain's error codes (status, French and English texts). */
export const minutesErrors = defineErrors({});
