import { useTranslation } from 'react-i18next';

export const mainContentId = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${mainContentId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
