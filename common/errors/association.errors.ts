import { defineErrors } from './define.ts';

/** The association domain's error codes (status, French and English texts). */
export const associationErrors = defineErrors({});
