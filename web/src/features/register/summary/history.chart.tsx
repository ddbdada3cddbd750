import { Stack, Table, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { HistoryYear } from '../memberships.api.ts';
import { useRegisterFormat } from '../shared/register-format.ts';

// Dark shades: each bar keeps a contrast of at least 3:1 with the white background (WCAG 1.4.11).
const barColours = ['blue', 'orange', 'teal', 'grape', 'red', 'indigo', 'lime', 'cyan'].map(
  (colour) => `var(--mantine-color-${colour}-9)`,
);
const barColour = (index: number) => barColours[index % barColours.length]!;

/**
 * Validated members per category, year by year. The chart is a picture for those who see it; the
 * table under it holds the same numbers for everyone else (and for copying).
 */
export function HistoryChart({ history }: { history: readonly HistoryYear[] }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const membershipCategories = format.categories.map((category) => category.code);
  const data = history.map((entry) => ({ year: String(entry.year), ...entry.validated }));
  const title = t('register.summary.history.title');
  const description = t('register.summary.history.description', {
    first: history[0]?.year ?? '',
    last: history.at(-1)?.year ?? '',
  });

  return (
    <Stack component="section" aria-labelledby="history-title" gap="sm">
      <Title order={2} id="history-title">
        {title}
      </Title>
      {history.length === 0 ? (
        <Text>{t('register.summary.history.empty')}</Text>
      ) : (
        <>
          <Text id="history-description">{description}</Text>
          <div style={{ width: '100%', maxWidth: 760, height: 320 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                accessibilityLayer={false}
                title={title}
                desc={description}
                role="img"
                aria-label={title}
                margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="year" tick={{ fill: 'var(--mantine-color-gray-9)' }} />
                <YAxis allowDecimals={false} tick={{ fill: 'var(--mantine-color-gray-9)' }} />
                <Tooltip />
                <Legend itemSorter={null} />
                {membershipCategories.map((category, index) => (
                  <Bar
                    key={category}
                    dataKey={category}
                    name={format.category(category)}
                    fill={barColour(index)}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder striped captionSide="top" maw={760}>
              <Table.Caption>{t('register.summary.history.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('register.memberships.year')}</Table.Th>
                  {membershipCategories.map((category) => (
                    <Table.Th key={category} scope="col" ta="right">
                      {format.category(category)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('register.summary.history.countedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((entry) => (
                  <Table.Tr key={entry.year}>
                    <Table.Th scope="row">{entry.year}</Table.Th>
                    {membershipCategories.map((category) => (
                      <Table.Td key={category} ta="right">
                        {entry.validated[category] ?? 0}
                      </Table.Td>
                    ))}
                    <Table.Td>{format.day(entry.at)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
