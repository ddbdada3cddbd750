import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type RequiredNoteForm =
  'person' | 'affiliation' | 'organisation' | 'membership' | 'feeCall' | 'payment';

/**
 * Which fields a form requires, said in words: Quorum's labels carry no asterisk (they are read
 * out by screen readers and matched by browser tests), while `required` still sets aria-required.
 */
export function RequiredNote({ which }: { which: RequiredNoteForm }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t(`register.requiredNotes.${which}`)}
    </Text>
  );
}
