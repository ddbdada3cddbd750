import { Stack, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ComputedBudget } from '../../../../common/budget.ts';
import { formatMoney } from '../../../../common/format.ts';
import { pageLocale } from '../../i18n/page-locale.ts';

// Dark shades keep a 3:1 contrast with the white background (WCAG 1.4.11).
const colours = [
  'var(--mantine-color-blue-9)',
  'var(--mantine-color-orange-9)',
  'var(--mantine-color-teal-9)',
];

/** Charges and products by family (60, 61… 74, 75), one bar per column; the table above holds the figures. */
export function BudgetFamiliesChart({ budget }: { budget: ComputedBudget }) {
  const { t } = useTranslation();
  const families = budget.rows.filter((row) => row.level === 0);
  const data = families.map((row) => ({
    family: `${row.side === 'charges' ? '−' : '+'} ${row.accountCode}`,
    ...Object.fromEntries(
      budget.columns.map((column) => [column.key, (row.cells[column.key]!.computedCents ?? 0) / 100]),
    ),
  }));
  const title = t('budget.chart.title');
  const description = t('budget.chart.description');
  return (
    <Stack component="section" aria-labelledby="budget-chart-title" gap="sm">
      <Title order={2} id="budget-chart-title">
        {title}
      </Title>
      <Text>{description}</Text>
      <div style={{ width: '100%', maxWidth: 900, height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            accessibilityLayer={false}
            role="img"
            aria-label={title}
            margin={{ top: 8, right: 16, bottom: 8, left: 24 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="family" tick={{ fill: 'var(--mantine-color-gray-9)' }} />
            <YAxis
              tickFormatter={(value: number) => formatMoney(value * 100, pageLocale())}
              tick={{ fill: 'var(--mantine-color-gray-9)' }}
              width={96}
            />
            <Tooltip formatter={(value) => formatMoney(Math.round(Number(value) * 100))} />
            <Legend />
            {budget.columns.map((column, index) => (
              <Bar
                key={column.key}
                dataKey={column.key}
                name={column.label}
                fill={colours[index % colours.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}
