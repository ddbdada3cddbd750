import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { titleForms } from '../../../../common/votes.schemas.ts';
import type { FieldInputProps } from '../../components/schema-form.hook.ts';
import type { BoardRole } from './votes.api.ts';

/** A mandate's fields as typed: the role's code, the title form ('' for none given) and its dates. */
export type MandateFieldName = 'role' | 'titleForm' | 'startsOn' | 'endsOn';

/**
 * A mandate's role, title form, start and end: the fields the board page's add and edit forms and the
 * show-of-hands election share. `field(name)` gives each input its value, change handler and error.
 */
export function MandateFields({
  roles,
  field,
}: {
  roles: BoardRole[];
  field: (name: MandateFieldName) => FieldInputProps;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (
    <>
      <NativeSelect
        label={t('votes.board.role')}
        data={roles.map((entry) => ({ value: entry.code, label: entry.labels[locale].neutral }))}
        {...field('role')}
      />
      <NativeSelect
        label={t('votes.board.titleForm')}
        data={[
          { value: '', label: t('votes.board.titleForms.unset') },
          ...titleForms.map((form) => ({ value: form, label: t(`votes.board.titleForms.${form}`) })),
        ]}
        {...field('titleForm')}
      />
      <TextInput type="date" label={t('votes.board.since')} {...field('startsOn')} />
      <TextInput type="date" label={t('votes.board.until')} {...field('endsOn')} />
    </>
  );
}

/** The typed fields as an API mandate: no title form given is null, no end is null. */
export function mandateOfFields(values: Record<MandateFieldName, string>) {
  return {
    role: values.role,
    titleForm: (values.titleForm || null) as (typeof titleForms)[number] | null,
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
  };
}
