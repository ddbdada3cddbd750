import { List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { budgetEditorRoles } from '../../../../common/roles.ts';
import { formatDay } from '../../../../common/format.ts';
import { formatFigureDay, formatFte } from '../../../../common/staff.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSession } from '../session/session.context.tsx';
import type { StaffHistoryView } from './staff.api.ts';
import { StaffFigureForm } from './staff-figure.form.tsx';
import { StaffFunctionsSection } from './staff-functions.section.tsx';
import { StaffMemberForm } from './staff-member.form.tsx';
import { useStaffFiguresQuery, useStaffHistoryQuery, useStaffMembersQuery } from './staff.queries.ts';

/** "30 avril 2017" on a French page, "30 April 2017" on an English one. */
const dayText = (day: string) => formatDay(day, pageLocale());

/**
 * The team on a chosen day, by function, the staff members and the history of FTE as a chart; the
 * treasurer adds staff members and records figures here, and every figure is read again after a save.
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  usePageTitle(t('staff.title'));
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  const figures = useStaffFiguresQuery(validDay);
  const history = useStaffHistoryQuery();
  const members = useStaffMembersQuery();
  const { user } = useSession();
  const canEdit = Boolean(user && budgetEditorRoles.includes(user.role));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('staff.title')}</Title>
      <TextInput
        type="date"
        label={t('staff.day')}
        value={day}
        onChange={(event) => setDay(event.currentTarget.value)}
        maw={200}
      />
      {figures.isPending && <LoadingState />}
      {figures.isError && <QueryFailure error={figures.error} />}
      {figures.isSuccess && (
        <Stack component="section" aria-labelledby="staff-day-title" gap="sm">
          <Title order={2} id="staff-day-title">
            {t('staff.onDay', { day: dayText(figures.data.atDay) })}
          </Title>
          <Text fw={700} data-staff="count">
            {t('staff.count', {
              count: figures.data.headcount,
              fte: formatFte(figures.data.fteHundredths, locale),
              interns: figures.data.interns,
            })}
          </Text>
          {figures.data.recorded && (
            <Text data-staff="recorded">
              {t('staff.recorded', {
                label: formatFigureDay(figures.data.recorded.onDay, figures.data.recorded.precision, locale),
                fte: formatFte(figures.data.recorded.fteHundredths, locale),
                source: figures.data.recorded.source ?? '',
              })}
            </Text>
          )}
          {figures.data.byFunction.length > 0 && (
            <List>
              {figures.data.byFunction.map((entry) => (
                <List.Item key={entry.function}>
                  <strong>{entry.label}</strong> : {entry.names.join(', ')}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {history.isSuccess && <StaffHistoryChart history={history.data} />}
      {canEdit && <StaffFigureForm />}
      {members.isSuccess && (
        <Stack component="section" aria-labelledby="staff-members-title" gap="sm">
          <Title order={2} id="staff-members-title">
            {t('staff.members')}
          </Title>
          <Table withTableBorder striped maw={1000} aria-labelledby="staff-members-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('staff.name')}</Table.Th>
                <Table.Th scope="col">{t('staff.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('staff.contract')}</Table.Th>
                <Table.Th scope="col">{t('staff.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('staff.fte')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.members.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.displayName}</Table.Td>
                  <Table.Td>{entry.jobTitle ?? ''}</Table.Td>
                  <Table.Td>{t(`staff.contracts.${entry.contract}`)}</Table.Td>
                  <Table.Td>
                    {entry.endOn
                      ? t('staff.fromTo', { from: dayText(entry.startOn), to: dayText(entry.endOn) })
                      : t('staff.since', { from: dayText(entry.startOn) })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {entry.contract === 'internship' ? '—' : formatFte(entry.fteHundredths, locale)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {canEdit && <StaffMemberForm />}
      <StaffFunctionsSection canEdit={canEdit} />
    </Stack>
  );
}

/** FTE over time: the recorded figures and the ones computed from the team, one point each. */
function StaffHistoryChart({ history }: { history: StaffHistoryView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const title = t('staff.history.title');
  const points = history.figures.map((entry) => ({
    label: formatFigureDay(entry.onDay, entry.precision, locale),
    fte: formatFte(entry.fteHundredths, locale),
    hundredths: entry.fteHundredths,
  }));
  const data = points.map((point) => ({ label: point.label, fte: point.hundredths / 100 }));
  return (
    <Stack component="section" aria-labelledby="staff-history-title" gap="sm">
      <Title order={2} id="staff-history-title">
        {title}
      </Title>
      <Text>
        {t('staff.history.description', {
          list: points
            .map((point) => t('staff.history.point', { label: point.label, fte: point.fte }))
            .join(t('staff.history.separator')),
        })}
      </Text>
      <div style={{ width: '100%', maxWidth: 900, height: 280 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            accessibilityLayer={false}
            role="img"
            aria-label={title}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: 'var(--mantine-color-gray-9)' }} />
            <YAxis
              tickFormatter={(value: number) => formatFte(Math.round(value * 100), locale)}
              tick={{ fill: 'var(--mantine-color-gray-9)' }}
              width={80}
            />
            <Tooltip formatter={(value) => formatFte(Math.round(Number(value) * 100), locale)} />
            <Line
              dataKey="fte"
              name={t('staff.fte')}
              stroke="var(--mantine-color-blue-9)"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}
