import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../../../../../common/register.schemas.ts';
import { StaleVersionDialog } from '../../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../../components/versioned-save.hook.ts';
import type { PersonView } from '../register.api.ts';
import { PersonForm } from './person.form.tsx';

/** What the person form sends for a record as it stands. */
function personInputOf(person: PersonView): PersonInput {
  return {
    civility: person.civility,
    firstName: person.firstName,
    lastName: person.lastName,
    usualName: person.usualName,
    email: person.email,
    phone: person.phone,
    addressLine: person.addressLine,
    postalCode: person.postalCode,
    city: person.city,
    country: person.country,
    notes: person.notes,
    hasEmailConsent: person.emailConsentAt !== null,
    customFields: person.customFields,
  };
}

interface EditPersonFormProps {
  person: PersonView;
  save: (input: PersonInput, version: number) => Promise<PersonView>;
  onSaved: () => void;
  submitLabel: string;
  isReadOnly?: boolean;
  isOwnRecord?: boolean;
  /** Back to the record as it reads, nothing saved. */
  onCancel?: () => void;
}

/**
 * A person's record changed on the version it was opened on: when someone else saved in between,
 * nothing is saved and a dialog offers to reload or to re-apply this change on the new version.
 */
export function EditPersonForm({ person, save, onSaved, ...formProps }: EditPersonFormProps) {
  const { t } = useTranslation();
  // The record the form was opened on: a refresh of the page's data must not move the version sent.
  const [base, setBase] = useState(person);
  const versioned = useVersionedSave({
    base,
    inputOf: personInputOf,
    save,
    onSaved: (saved: PersonView) => {
      setBase(saved);
      onSaved();
    },
    onReloaded: setBase,
  });
  const fieldLabel = (field: keyof PersonInput) =>
    t(`register.person.${field === 'hasEmailConsent' ? 'emailConsent' : field}`);
  return (
    <>
      <PersonForm
        key={`${base.id}-${base.version}`}
        person={base}
        onSubmit={versioned.submit}
        {...formProps}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={fieldLabel}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}
