import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { assemblyApiPath, phaseOf } from '../assemblies.api.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { useAssemblyEvents } from '../shared/use-assembly-events.hook.ts';
import { AgendaSection } from './agenda.section.tsx';
import { LiveStateSection } from './live-state.section.tsx';
import { SessionSection } from './session.section.tsx';
import { PollsSection } from '../../votes/polls.section.tsx';
import { CeremonySection } from '../../encryption/ceremony.section.tsx';
import { SpeakerListSection } from '../../speakers/speaker-list.section.tsx';

/**
 * /assemblies/:slug/control: the chair's desk. The live state stays on top; below it one section per
 * task (the session, the agenda, the speakers, the key ceremony, the votes), each its own component.
 */
export function ControlPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.control.title')} – ${assembly.title}`);
  const { state: live, connection, poll } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));
  const phase = live?.phase ?? phaseOf(assembly);
  const currentItemId = live ? live.currentAgendaItemId : assembly.currentAgendaItemId;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.control.title')}</Title>
      <LiveStateSection state={live} connection={connection} poll={poll} />
      <SessionSection assembly={assembly} live={live} phase={phase} />
      <AgendaSection assembly={assembly} currentItemId={currentItemId} />
      <SpeakerListSection
        slug={assembly.slug}
        itemId={currentItemId ?? null}
        itemTitle={live?.currentAgendaItemTitle ?? null}
      />
      <CeremonySection slug={assembly.slug} />
      <PollsSection assembly={assembly} poll={poll} isSessionOpen={phase === 'open'} />
    </Stack>
  );
}
