import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page names itself in the browser tab, so people using several tabs or a screen reader know where they are. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const fullTitle = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
