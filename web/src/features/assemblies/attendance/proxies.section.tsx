import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceSheet, Proxy } from '../attendance.api.ts';
import { ScrollTable } from '../shared/scroll-table.tsx';
import { useAssembly } from '../assembly-layout.tsx';
import { useMeetingRules } from '../../statutes/statutes.queries.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';

interface ProxiesSectionProps {
  sheet: AttendanceSheet;
  /** Resolves to the refusal's sentence, or null once the proxy is recorded. */
  onGive: (giverMembershipId: string, holderMembershipId: string) => Promise<string | null>;
  onWithdraw: (proxy: Proxy) => void;
  /** Corrects the time the proxy starts; resolves to the refusal's sentence, or null once saved. */
  onCorrectTime: (proxy: Proxy, time: string) => Promise<string | null>;
  busyProxyId: string | null;
}

/** The time a proxy starts, and its correction in place. */
function ProxyTimeCell({
  proxy,
  onCorrectTime,
}: {
  proxy: Proxy;
  onCorrectTime: ProxiesSectionProps['onCorrectTime'];
}) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  const giver = proxy.giverName ?? '?';
  const [time, setTime] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (time === null) {
    return (
      <Group gap={6} wrap="nowrap">
        <Text>{format.instantClock(proxy.givenAt)}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={t('assemblies.proxies.correctTimeFor', { giver })}
          onClick={() => setTime(format.instantTime(proxy.givenAt))}
        >
          {t('assemblies.times.correct')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <TextInput
        label={t('assemblies.proxies.timeOf', { giver })}
        type="time"
        w={150}
        size="xs"
        value={time}
        error={error ?? undefined}
        onChange={(event) => setTime(event.currentTarget.value)}
      />
      <Button
        size="compact-sm"
        onClick={() =>
          void onCorrectTime(proxy, time).then((refusal) => {
            setError(refusal);
            if (!refusal) setTime(null);
          })
        }
      >
        {t('assemblies.times.save')}
      </Button>
    </Group>
  );
}

function ProxiesTable({
  proxies,
  busyProxyId,
  onWithdraw,
  onCorrectTime,
}: Omit<ProxiesSectionProps, 'sheet' | 'onGive'> & { proxies: Proxy[] }) {
  const { t } = useTranslation();
  if (proxies.length === 0) return <Text>{t('assemblies.proxies.empty')}</Text>;
  return (
    <ScrollTable minWidth={640} label={t('assemblies.proxies.title')}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('assemblies.proxies.caption', { count: proxies.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assemblies.proxies.giver')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.proxies.holder')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.proxies.source')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.proxies.givenAt')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.proxies.counted')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proxies.map((proxy) => {
            const giver = proxy.giverName ?? '?';
            return (
              <Table.Tr key={proxy.id}>
                <Table.Th scope="row" fw={500}>
                  {giver}
                </Table.Th>
                <Table.Td>{proxy.holderName ?? '?'}</Table.Td>
                <Table.Td>{t(`assemblies.proxies.sources.${proxy.source}`)}</Table.Td>
                <Table.Td>
                  <ProxyTimeCell proxy={proxy} onCorrectTime={onCorrectTime} />
                </Table.Td>
                <Table.Td>
                  {proxy.isCounted ? (
                    t('assemblies.proxies.isCounted')
                  ) : (
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('assemblies.proxies.notCounted')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    loading={busyProxyId === proxy.id}
                    aria-label={t('assemblies.proxies.withdrawFor', { giver })}
                    onClick={() => onWithdraw(proxy)}
                  >
                    {t('assemblies.proxies.withdraw')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Proxies (pouvoirs): who gave their vote to whom, and a form to record one. */
export function ProxiesSection({
  sheet,
  onGive,
  onWithdraw,
  onCorrectTime,
  busyProxyId,
}: ProxiesSectionProps) {
  const { t } = useTranslation();
  const [giver, setGiver] = useState('');
  const [holder, setHolder] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { assembly } = useAssembly();
  const rules = useMeetingRules(sheet.statutesId, assembly.kind);
  const options = [
    { value: '', label: t('assemblies.proxies.choose') },
    ...sheet.votingMembers.map((member) => ({ value: member.membershipId, label: member.memberName })),
  ];

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!giver || !holder) {
      setError(t('assemblies.proxies.chooseBoth'));
      return;
    }
    setError(null);
    setIsSubmitting(true);
    const refusal = await onGive(giver, holder);
    setIsSubmitting(false);
    setError(refusal);
    if (!refusal) {
      setGiver('');
      setHolder('');
    }
  }

  return (
    <Stack component="section" aria-labelledby="proxies-title" gap="sm">
      <Title order={2} id="proxies-title">
        {t('assemblies.proxies.title')}
      </Title>
      <ProxiesTable
        proxies={sheet.proxies}
        busyProxyId={busyProxyId}
        onWithdraw={onWithdraw}
        onCorrectTime={onCorrectTime}
      />
      {rules && !rules.areProxiesAllowed ? (
        <Text>{t('assemblies.proxies.notAllowed', { kind: t(`assemblies.kinds.${assembly.kind}`) })}</Text>
      ) : (
        <form noValidate aria-labelledby="new-proxy-title" onSubmit={(event) => void handleSubmit(event)}>
          <Stack gap="sm">
            <Title order={3} id="new-proxy-title">
              {t('assemblies.proxies.new')}
            </Title>
            {error && (
              <Alert color="red" variant="light" role="alert">
                <Text fw={500}>{error}</Text>
              </Alert>
            )}
            <Group align="flex-end" wrap="wrap">
              <NativeSelect
                label={t('assemblies.proxies.giver')}
                data={options}
                value={giver}
                required
                onChange={(event) => setGiver(event.currentTarget.value)}
                miw={260}
              />
              <NativeSelect
                label={t('assemblies.proxies.holder')}
                data={options}
                value={holder}
                required
                onChange={(event) => setHolder(event.currentTarget.value)}
                miw={260}
              />
              <Button type="submit" loading={isSubmitting}>
                {t('assemblies.proxies.give')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
