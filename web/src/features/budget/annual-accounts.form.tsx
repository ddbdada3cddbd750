import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { amountInputText, parseAmount } from '../../../../common/amounts.ts';
import type { AnnualAccountsEdit, AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';
import { saveAnnualAccounts } from './budget.api.ts';
import { formRefusal, type FormRefusal } from '../../api/problem-text.ts';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';
import { useAnnualAccountsMutation } from './budget.queries.ts';

const amountFields = ['result', 'equity', 'balanceSheetTotal'] as const;
type AmountField = (typeof amountFields)[number];
/** The result and equity may be negative (a loss, negative equity); the balance-sheet total may not. */
const allowsNegative: Record<AmountField, boolean> = { result: true, equity: true, balanceSheetTotal: false };

interface ShareDraft {
  key: number;
  label: string;
  accounts: string;
}

/** What the form sends for the accounts as they stand (amounts as the form shows them). */
function editOf(accounts: AnnualAccountsView): AnnualAccountsEdit {
  const recorded = accounts.recorded;
  return {
    result: amountInputText(recorded?.resultCents ?? null),
    equity: amountInputText(recorded?.equityCents ?? null),
    balanceSheetTotal: amountInputText(recorded?.balanceSheetTotalCents ?? null),
    notes: recorded?.notes ?? null,
    shares: accounts.shares.map((share) => ({ label: share.label, accounts: share.accounts.join(', ') })),
  };
}

const accountsFieldLabels = {
  result: 'budget.accounts.form.result',
  equity: 'budget.accounts.form.equity',
  balanceSheetTotal: 'budget.accounts.form.balanceSheetTotal',
  notes: 'budget.accounts.form.notes',
  shares: 'budget.accounts.form.shares',
} as const;

/**
 * Records or corrects a closed year's accounts on the version the form opened (0 while none are
 * recorded); when someone saved them in between, the dialog offers to reload or to re-apply.
 */
export function AnnualAccountsForm({
  year,
  current,
  onSaved,
  onCancel,
}: {
  year: number;
  current: AnnualAccountsView | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [base, setBase] = useState<AnnualAccountsView>(
    current ?? { year, version: 0, recorded: null, actual: null, resultAgrees: null, shares: [] },
  );
  const save = useAnnualAccountsMutation(
    year,
    ({ edit, version }: { edit: AnnualAccountsEdit; version: number }) =>
      saveAnnualAccounts(year, edit, version),
  );
  const versioned = useVersionedSave({
    base,
    inputOf: editOf,
    save: (edit: AnnualAccountsEdit, version: number) => save.mutateAsync({ edit, version }),
    onSaved,
    onReloaded: setBase,
  });
  return (
    <>
      <AccountsFields
        key={base.version}
        year={year}
        current={base}
        onSubmit={versioned.submit}
        onCancel={onCancel}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) => t(accountsFieldLabels[field])}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

/**
 * Result, equity, balance-sheet total, notes and the shares of products to state. Amounts are
 * checked as typed before anything is sent; the server saves the whole or nothing and its refusals
 * are shown beside the field they name.
 */
function AccountsFields({
  year,
  current,
  onSubmit,
  onCancel,
}: {
  year: number;
  current: AnnualAccountsView;
  onSubmit: (edit: AnnualAccountsEdit) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const recorded = current.recorded;
  const [amounts, setAmounts] = useState<Record<AmountField, string>>({
    result: amountInputText(recorded?.resultCents ?? null),
    equity: amountInputText(recorded?.equityCents ?? null),
    balanceSheetTotal: amountInputText(recorded?.balanceSheetTotalCents ?? null),
  });
  const [notes, setNotes] = useState(recorded?.notes ?? '');
  const [shares, setShares] = useState<ShareDraft[]>(
    current.shares.map((share, index) => ({
      key: index,
      label: share.label,
      accounts: share.accounts.join(', '),
    })),
  );
  const [failure, setFailure] = useState<FormRefusal | null>(null);
  const [isSaving, setSaving] = useState(false);
  const title = t('budget.accounts.form.title', { year });

  const setShare = (key: number, change: Partial<ShareDraft>) =>
    setShares((list) => list.map((share) => (share.key === key ? { ...share, ...change } : share)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields: Record<string, string> = {};
    for (const field of amountFields) {
      const parsed = parseAmount(amounts[field], { allowNegative: allowsNegative[field] });
      if (!parsed.ok) fields[field] = t(`budget.amountErrors.${parsed.error}`);
    }
    shares.forEach((share, index) => {
      if (share.label.trim() === '') fields[`shares.${index}.label`] = t('errors.fields.required');
    });
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, detail: null });
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      await onSubmit({
        ...amounts,
        notes: notes.trim() === '' ? null : notes,
        shares: shares.map((share) => ({ label: share.label.trim(), accounts: share.accounts.trim() })),
      });
      setFailure(null);
    } catch (error) {
      setFailure(formRefusal(t, error, [...amountFields, 'notes', 'shares']));
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => failure?.fields[field];

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={title} maw={720} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm">{t('budget.accounts.form.hint')}</Text>
        <Group align="flex-start" wrap="wrap">
          {amountFields.map((field) => (
            <TextInput
              key={field}
              label={t(`budget.accounts.form.${field}`)}
              value={amounts[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setAmounts((previous) => ({ ...previous, [field]: value }));
              }}
              error={errorOf(field)}
              inputMode="decimal"
              rightSection="€"
              required
              maw={200}
            />
          ))}
        </Group>
        <Textarea
          label={t('budget.accounts.form.notes')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={errorOf('notes')}
          autosize
          minRows={2}
        />
        <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm">
            {t('budget.accounts.form.shares')}
          </Text>
          {shares.map((share, index) => (
            <Group key={share.key} align="flex-start" wrap="wrap">
              <TextInput
                label={t('budget.accounts.form.shareLabel', { number: index + 1 })}
                value={share.label}
                onChange={(event) => setShare(share.key, { label: event.currentTarget.value })}
                error={errorOf(`shares.${index}.label`)}
                maw={280}
              />
              <TextInput
                label={t('budget.accounts.form.shareAccounts', { number: index + 1 })}
                description={t('budget.accounts.form.shareAccountsHint')}
                value={share.accounts}
                onChange={(event) => setShare(share.key, { accounts: event.currentTarget.value })}
                error={errorOf(`shares.${index}.accounts`)}
                maw={220}
              />
              <Button
                variant="default"
                mt={24}
                onClick={() => setShares((list) => list.filter((entry) => entry.key !== share.key))}
              >
                {t('budget.accounts.form.removeShare', { number: index + 1 })}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                setShares((list) => [
                  ...list,
                  { key: Math.max(-1, ...list.map((entry) => entry.key)) + 1, label: '', accounts: '' },
                ])
              }
            >
              {t('budget.accounts.form.addShare')}
            </Button>
          </Group>
        </Stack>
        {failure?.detail && <Alert color="red">{failure.detail}</Alert>}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('budget.accounts.form.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('budget.accounts.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
