import { Checkbox, Group, NativeSelect, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  assemblyKinds,
  majorities,
  majorityBases,
  quorumBases,
  voterSets,
  type AssemblyKind,
} from '../../../../common/assemblies.schemas.ts';
import { commonShares } from './statutes.api.ts';
import type { MeetingRulesValues } from './statutes-form.values.ts';
import { shareText } from './statutes-text.ts';

type BooleanRule =
  'doesRemoteCount' | 'isRemoteAllowed' | 'areCorrespondenceVotesAllowed' | 'canChangeAgenda';
const booleanRules: readonly BooleanRule[] = [
  'isRemoteAllowed',
  'doesRemoteCount',
  'areCorrespondenceVotesAllowed',
  'canChangeAgenda',
];

/**
 * The rules of each kind of meeting, one tab each. A tab whose fields hold an error says so in its
 * label; the form opens that tab when it refuses.
 */
export function MeetingRulesTabs({
  kinds,
  activeKind,
  onActiveKind,
  onChange,
  errorFor,
}: {
  kinds: Record<AssemblyKind, MeetingRulesValues>;
  activeKind: AssemblyKind;
  onActiveKind: (kind: AssemblyKind) => void;
  onChange: (kind: AssemblyKind, patch: Partial<MeetingRulesValues>, field: keyof MeetingRulesValues) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const fieldError = (kind: AssemblyKind, field: keyof MeetingRulesValues) =>
    errorFor(`meetingRules.${kind}.${field}`);
  const hasError = (kind: AssemblyKind) =>
    (Object.keys(kinds[kind]) as (keyof MeetingRulesValues)[]).some((field) => fieldError(kind, field));

  return (
    <Stack gap="xs" component="section" aria-labelledby="meeting-rules-title">
      <Text fw={600} id="meeting-rules-title">
        {t('statutes.kinds.title')}
      </Text>
      <Text size="sm">{t('statutes.kinds.hint')}</Text>
      <Tabs
        value={activeKind}
        onChange={(value) => value && onActiveKind(value as AssemblyKind)}
        keepMounted={false}
      >
        <Tabs.List>
          {assemblyKinds.map((kind) => (
            <Tabs.Tab key={kind} value={kind} c={hasError(kind) ? 'red.9' : undefined}>
              {hasError(kind)
                ? t('statutes.kinds.tabWithError', { kind: t(`statutes.kinds.${kind}`) })
                : t(`statutes.kinds.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {assemblyKinds.map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="md">
            <KindRules
              kind={kind}
              values={kinds[kind]}
              onChange={(patch, field) => onChange(kind, patch, field)}
              errorFor={(field) => fieldError(kind, field)}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function KindRules({
  kind,
  values,
  onChange,
  errorFor,
}: {
  kind: AssemblyKind;
  values: MeetingRulesValues;
  onChange: (patch: Partial<MeetingRulesValues>, field: keyof MeetingRulesValues) => void;
  errorFor: (field: keyof MeetingRulesValues) => string | undefined;
}) {
  const { t } = useTranslation();
  const shareOptions = [
    { value: 'none', label: t('statutes.form.noQuorum') },
    ...[...new Set([...commonShares, values.quorum])]
      .filter((value) => value !== 'none')
      .map((value) => {
        const [numerator, denominator] = value.split('/').map(Number);
        return { value, label: shareText(t, { numerator: numerator ?? 1, denominator: denominator ?? 1 }) };
      }),
  ];
  const name = (field: string) => `meetingRules.${kind}.${field}`;
  const select = (
    field: 'quorumBase' | 'majority' | 'majorityBase' | 'voters',
    data: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={t(`statutes.kinds.fields.${field}`)}
      data={data}
      miw={220}
      name={name(field)}
      value={values[field]}
      error={errorFor(field)}
      onChange={(event) =>
        onChange({ [field]: event.currentTarget.value } as Partial<MeetingRulesValues>, field)
      }
    />
  );

  return (
    <Stack>
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <NativeSelect
          label={t('statutes.kinds.fields.quorum')}
          data={shareOptions}
          miw={220}
          name={name('quorum')}
          value={values.quorum}
          error={errorFor('quorum')}
          onChange={(event) => onChange({ quorum: event.currentTarget.value }, 'quorum')}
        />
        {values.quorum !== 'none' &&
          select(
            'quorumBase',
            quorumBases.map((value) => ({ value, label: t(`statutes.kinds.options.quorumBase.${value}`) })),
          )}
      </Group>
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        {select(
          'majority',
          majorities.map((value) => ({ value, label: t(`statutes.kinds.options.majority.${value}`) })),
        )}
        {select(
          'majorityBase',
          majorityBases.map((value) => ({ value, label: t(`statutes.kinds.options.majorityBase.${value}`) })),
        )}
        {select(
          'voters',
          voterSets.map((value) => ({ value, label: t(`statutes.kinds.options.voters.${value}`) })),
        )}
      </Group>
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <Checkbox
          label={t('statutes.kinds.fields.areProxiesAllowed')}
          name={name('areProxiesAllowed')}
          checked={values.areProxiesAllowed}
          onChange={(event) =>
            onChange({ areProxiesAllowed: event.currentTarget.checked }, 'areProxiesAllowed')
          }
          mt="lg"
        />
        {values.areProxiesAllowed && (
          <TextInput
            label={t('statutes.kinds.fields.maxProxiesPerHolder')}
            inputMode="numeric"
            required
            miw={220}
            name={name('maxProxiesPerHolder')}
            value={values.maxProxiesPerHolder}
            error={errorFor('maxProxiesPerHolder')}
            onChange={(event) =>
              onChange({ maxProxiesPerHolder: event.currentTarget.value }, 'maxProxiesPerHolder')
            }
          />
        )}
        <TextInput
          label={t('statutes.kinds.fields.noticeDays')}
          inputMode="numeric"
          required
          miw={220}
          name={name('noticeDays')}
          value={values.noticeDays}
          error={errorFor('noticeDays')}
          onChange={(event) => onChange({ noticeDays: event.currentTarget.value }, 'noticeDays')}
        />
      </Group>
      <Stack gap="xs">
        {booleanRules
          .filter(
            (field) => field !== 'doesRemoteCount' || (values.isRemoteAllowed && values.quorum !== 'none'),
          )
          .map((field) => (
            <Checkbox
              key={field}
              label={t(`statutes.kinds.fields.${field}`)}
              name={name(field)}
              checked={values[field]}
              onChange={(event) => onChange({ [field]: event.currentTarget.checked }, field)}
            />
          ))}
      </Stack>
    </Stack>
  );
}
