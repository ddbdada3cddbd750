import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './register-import.api.ts';

/** The register as a file: plain links, so the browser downloads the answer itself. */
export function RegisterExportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState<number | null>(null);
  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('registerImport.export.title')}
      </Title>
      <Text>{t('registerImport.export.intro')}</Text>
      <Group align="flex-end">
        <NumberInput
          label={t('registerImport.export.year')}
          min={1901}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
          w={220}
          value={year ?? ''}
          onChange={(value) =>
            setYear(typeof value === 'number' && value >= 1901 && value <= 2200 ? value : null)
          }
        />
        <Button component="a" href={exportUrl('csv', year)} download variant="light">
          {t('registerImport.export.csv')}
        </Button>
        <Button component="a" href={exportUrl('xlsx', year)} download variant="light">
          {t('registerImport.export.xlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
