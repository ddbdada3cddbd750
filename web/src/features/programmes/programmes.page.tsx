import { Alert, Anchor, Badge, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStatusLabels, type ProgrammeYearView } from '../../../../common/programmes.schemas.ts';
import { budgetEditorRoles } from '../../../../common/roles.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSession } from '../session/session.context.tsx';
import { useAllProgrammes, useProgrammeYearQuery, useProgrammeYearsQuery } from './programmes.queries.ts';
import { ProjectForm } from './project.form.tsx';

/**
 * A year's activity: programmes with their projects, partners, agreements, events and publications;
 * the treasurer adds a project there with its partners from the register.
 */
export function ProgrammesPage() {
  const { t } = useTranslation();
  usePageTitle(t('programmes.title'));
  const years = useProgrammeYearsQuery().data ?? [];
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? years[0] ?? null;
  const query = useProgrammeYearQuery(year);
  const { user } = useSession();
  const canEdit = Boolean(user && budgetEditorRoles.includes(user.role));
  const [isAdding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  // Every programme any year shows: the choices of a new project.
  const programmes = useAllProgrammes(years, canEdit && isAdding);
  const onProjectSaved = (view: ProgrammeYearView) => {
    setSaved(t('programmes.form.saved', { year: view.year }));
    setYear(view.year);
  };
  return (
    <Stack gap="lg">
      <Title order={1}>{t('programmes.title')}</Title>
      {years.length > 0 && (
        <NativeSelect
          label={t('programmes.year')}
          data={years.map((choice) => String(choice))}
          value={year ? String(year) : ''}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
          maw={160}
        />
      )}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setSaved(null);
              setAdding((current) => !current);
            }}
            aria-expanded={isAdding}
          >
            {t('programmes.form.open')}
          </Button>
        </Group>
      )}
      {canEdit && isAdding && programmes.length > 0 && year !== null && (
        <ProjectForm key={year} year={year} programmes={programmes} onSaved={onProjectSaved} />
      )}
      {saved && (
        <Alert color="green" role="status">
          {saved}
        </Alert>
      )}
      {year !== null && query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess &&
        query.data.programmes.map((programme) => (
          <Stack
            key={programme.code}
            component="section"
            aria-labelledby={`programme-${programme.code}`}
            gap="xs"
          >
            <Title order={2} id={`programme-${programme.code}`}>
              {programme.name}
            </Title>
            {programme.description && <Text>{programme.description}</Text>}
            {programme.projects.length > 0 && (
              <List>
                {programme.projects.map((project) => (
                  <List.Item key={project.id}>
                    <Badge variant="outline" color="dark" mr="xs">
                      {projectStatusLabels[project.status]}
                    </Badge>
                    {project.link ? <Anchor href={project.link}>{project.title}</Anchor> : project.title}
                    {project.place && ` — ${project.place}`}
                    {project.partners.length > 0 &&
                      ` (${t('programmes.partners', { list: project.partners.map((p) => p.name).join(', ') })})`}
                    {project.description && ` ${project.description}`}
                  </List.Item>
                ))}
              </List>
            )}
            {programme.agreements.map((agreement) => (
              <Text key={agreement.id} data-agreement={agreement.id}>
                {t('programmes.agreement', {
                  title: agreement.title,
                  funder: agreement.funder?.name ?? '',
                  amount: agreement.amount,
                  from: agreement.startYear,
                  to: agreement.endYear,
                  covers: agreement.covers ?? '',
                })}
              </Text>
            ))}
            {programme.outputs.length > 0 && (
              <List>
                {programme.outputs.map((output) => (
                  <List.Item key={output.id}>
                    {t(`programmes.kinds.${output.kind}`)} :{' '}
                    {output.link ? <Anchor href={output.link}>{output.title}</Anchor> : output.title}
                    {output.place && ` — ${output.place}`}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
    </Stack>
  );
}
