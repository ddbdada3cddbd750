import { defineErrors } from './define.ts';

/** The register-import domain's error codes (status, French and English texts). */
export const registerImportErrors = defineErrors({});
