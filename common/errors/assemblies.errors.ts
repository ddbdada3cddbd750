import { defineErrors } from './define.ts';

/** The assemblies domain's error codes (status, French and English texts). */
export const assembliesErrors = defineErrors({});
