import { Button, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../../components/notice.context.tsx';
import { createPerson } from '../register.api.ts';
import { usePersonMutation } from '../register.queries.ts';
import { PersonForm } from './person.form.tsx';

const panelId = 'new-person-panel';

/** "Nouvelle personne": opens the form in place; the new record's page follows. */
export function NewPersonPanel() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const create = usePersonMutation(createPerson);

  useEffect(() => {
    if (isOpen) panel.current?.querySelector<HTMLInputElement>('input[name="firstName"]')?.focus();
  }, [isOpen]);

  return (
    <Stack gap="sm">
      <Button
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={isOpen}
        aria-controls={panelId}
        variant={isOpen ? 'default' : 'filled'}
        onClick={() => setIsOpen((value) => !value)}
      >
        {t('register.persons.new')}
      </Button>
      <div id={panelId}>
        {isOpen && (
          <Paper withBorder p="md" ref={panel} component="section" aria-labelledby="new-person-title">
            <Stack>
              <Title order={2} id="new-person-title">
                {t('register.persons.newTitle')}
              </Title>
              <PersonForm
                submitLabel={t('register.persons.create')}
                onSubmit={async (input) => {
                  const person = await create.mutateAsync(input);
                  const pathname = `/members/persons/${person.id}`;
                  notify({
                    messageKey: 'register.persons.created',
                    values: { name: person.administrativeName },
                    pathname,
                  });
                  void navigate(pathname);
                }}
              />
            </Stack>
          </Paper>
        )}
      </div>
    </Stack>
  );
}
