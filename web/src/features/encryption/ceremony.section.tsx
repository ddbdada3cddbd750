import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem-text.ts';
import {
  absoluteLink,
  createCeremony,
  fetchCeremony,
  reissueTrusteeLink,
  type CeremonyView,
  type TrusteeLink,
} from './encryption.api.ts';
import { CeremonySteps } from './ceremony-steps.tsx';
import { statusColors } from '../assemblies/shared/status-badges.tsx';

const ceremonyKey = (slug: string) => ['assemblies', slug, 'ceremony'] as const;

/**
 * "Clé du scrutin chiffré" on the control page: the staff start the key ceremony, hand each
 * trustee their link (shown once; a new one can be issued), and follow the steps until the key
 * is ready. Without a ceremony, secret polls are not encrypted, and the panel says so.
 */
export function CeremonySection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ceremonyKey(slug),
    queryFn: () => fetchCeremony(slug),
    // The trustees work on their own devices: follow them while the key is not ready.
    refetchInterval: (current) =>
      current.state.data && current.state.data.status !== 'ready' ? 3000 : false,
  });
  const [links, setLinks] = useState<TrusteeLink[]>([]);
  const [error, setError] = useState<string | null>(null);
  const show = (ceremony: CeremonyView) => queryClient.setQueryData(ceremonyKey(slug), ceremony);
  const create = useMutation({
    mutationFn: (input: Parameters<typeof createCeremony>[1]) => createCeremony(slug, input),
    onSuccess: (answer) => {
      show(answer.ceremony);
      setLinks(answer.links);
    },
  });
  const reissue = useMutation({
    mutationFn: (index: number) => reissueTrusteeLink(slug, index),
    onSuccess: (link) =>
      setLinks((previous) =>
        [...previous.filter((item) => item.index !== link.index), link].sort(
          (left, right) => left.index - right.index,
        ),
      ),
  });
  const run = async (write: () => Promise<unknown>) => {
    setError(null);
    try {
      await write();
    } catch (caught) {
      setError(problemText(t, caught));
    }
  };
  const ceremony = query.data;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ceremony-title">
      <Stack gap="sm">
        <Title order={2} id="ceremony-title">
          {t('encryption.ceremony.title')}
        </Title>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {query.isError && (
          <Alert color="red" variant="light" role="alert">
            {problemText(t, query.error)}
          </Alert>
        )}
        {ceremony === null && (
          <>
            <Alert color={statusColors.warning} variant="light" title={t('encryption.ceremony.noneTitle')}>
              {t('encryption.ceremony.none')}
            </Alert>
            <NewCeremonyForm
              isBusy={create.isPending}
              onCreate={(input) => void run(() => create.mutateAsync(input))}
            />
          </>
        )}
        {ceremony && (
          <>
            <Text>
              {t(`encryption.ceremony.status.${ceremony.status}`)}{' '}
              {t('encryption.ceremony.thresholdSentence', {
                threshold: ceremony.threshold,
                count: ceremony.trustees.length,
              })}
            </Text>
            {ceremony.status === 'ready' && ceremony.keyFingerprint && (
              <Stack gap={2}>
                <Text fw={500}>{t('encryption.fingerprintTitle')}</Text>
                <Code fz="lg" fw={700}>
                  {ceremony.keyFingerprint}
                </Code>
                <Text size="sm">{t('encryption.ceremony.fingerprintHint')}</Text>
              </Stack>
            )}
            <CeremonySteps ceremony={ceremony} />
            <TrusteeLinks
              ceremony={ceremony}
              links={links}
              busyIndex={reissue.isPending ? reissue.variables : null}
              onReissue={(index) => void run(() => reissue.mutateAsync(index))}
            />
            {ceremony.status !== 'ready' && (
              <Group>
                <Button
                  variant="default"
                  loading={create.isPending}
                  onClick={() =>
                    window.confirm(t('encryption.ceremony.restartConfirm')) &&
                    void run(() => create.mutateAsync({ threshold: ceremony.threshold, restart: true }))
                  }
                >
                  {t('encryption.ceremony.restart')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function NewCeremonyForm({
  isBusy,
  onCreate,
}: {
  isBusy: boolean;
  onCreate: (input: { threshold?: number; isServerTrustee: boolean }) => void;
}) {
  const { t } = useTranslation();
  const [threshold, setThreshold] = useState<number | string>('');
  const [isServerTrustee, setServerTrustee] = useState(true);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('encryption.ceremony.explain')}</Text>
      <NumberInput
        label={t('encryption.ceremony.threshold')}
        description={t('encryption.ceremony.thresholdHint')}
        min={2}
        max={99}
        allowDecimal={false}
        w={260}
        value={threshold}
        onChange={setThreshold}
      />
      <Checkbox
        label={t('encryption.ceremony.serverTrustee')}
        description={t('encryption.ceremony.serverTrusteeHint')}
        checked={isServerTrustee}
        onChange={(event) => setServerTrustee(event.currentTarget.checked)}
      />
      <Group>
        <Button
          loading={isBusy}
          onClick={() =>
            onCreate({ ...(typeof threshold === 'number' ? { threshold } : {}), isServerTrustee })
          }
        >
          {t('encryption.ceremony.create')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The links are shown once, when made: a trustee who lost theirs gets a new one (the old one dies). */
function TrusteeLinks({
  ceremony,
  links,
  busyIndex,
  onReissue,
}: {
  ceremony: CeremonyView;
  links: TrusteeLink[];
  busyIndex: number | null | undefined;
  onReissue: (index: number) => void;
}) {
  const { t } = useTranslation();
  const members = ceremony.trustees.filter((trustee) => !trustee.isServer);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('encryption.ceremony.linksTitle')}
      </Title>
      <Text size="sm">{t('encryption.ceremony.linksHint')}</Text>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('encryption.ceremony.trustee')}</Table.Th>
              <Table.Th>{t('encryption.ceremony.link')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('encryption.ceremony.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((trustee) => {
              const link = links.find((item) => item.index === trustee.index);
              const url = link ? absoluteLink(link.link) : null;
              return (
                <Table.Tr key={trustee.index}>
                  <Table.Td>{trustee.name}</Table.Td>
                  <Table.Td>
                    {url ? (
                      <Group gap="xs" wrap="nowrap">
                        <Code
                          style={{ wordBreak: 'break-all' }}
                          data-testid={`trustee-link-${trustee.index}`}
                        >
                          {url}
                        </Code>
                        <CopyButton value={url}>
                          {({ copied, copy }) => (
                            <Button size="xs" variant="default" onClick={copy}>
                              {copied ? t('encryption.ceremony.copied') : t('encryption.ceremony.copy')}
                            </Button>
                          )}
                        </CopyButton>
                      </Group>
                    ) : (
                      <Text size="sm">{t('encryption.ceremony.linkHidden')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={busyIndex === trustee.index}
                      aria-label={t('encryption.ceremony.reissueFor', { name: trustee.name })}
                      onClick={() => onReissue(trustee.index)}
                    >
                      {t('encryption.ceremony.reissue')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
