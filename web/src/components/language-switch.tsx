import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '../i18n/i18n.ts';

/**
 * FR / EN buttons. Each is also named in its own language ("EN – English"), as people look for
 * their language by its own name; the name starts with the visible code so voice control finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = i18n.language;

  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          aria-label={`${language.toUpperCase()} – ${t(`language.${language}`)}`}
          lang={language}
          onClick={() => changeLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
