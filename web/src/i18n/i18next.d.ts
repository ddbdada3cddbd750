import 'i18next';
import type { ErrorCode } from '../../../common/errors.ts';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr; errors: Record<ErrorCode, string> };
  }
}
