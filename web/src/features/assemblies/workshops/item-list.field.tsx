import { Button, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ItemListFieldProps {
  legend: string;
  /** "Problématique {{number}}": each item's label. */
  itemLabel: (number: number) => string;
  addLabel: string;
  emptyText: string;
  items: string[];
  onChange: (items: string[]) => void;
}

/** An editable list of sentences (a group's problem statements, its proposals): add, edit, remove. */
export function ItemListField({
  legend,
  itemLabel,
  addLabel,
  emptyText,
  items,
  onChange,
}: ItemListFieldProps) {
  const { t } = useTranslation();
  const listId = useId();

  function focusItem(index: number) {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-item-list="${listId}"][data-index="${index}"]`)?.focus(),
    );
  }

  function remove(index: number) {
    onChange(items.filter((_, position) => position !== index));
    if (index > 0) focusItem(index - 1);
    else
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-item-add="${listId}"]`)?.focus(),
      );
  }

  return (
    <Fieldset legend={legend} p="sm">
      <Stack gap="xs">
        {items.length === 0 && <Text size="sm">{emptyText}</Text>}
        {items.map((item, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
            <Textarea
              label={itemLabel(index + 1)}
              value={item}
              autosize
              minRows={1}
              data-item-list={listId}
              data-index={index}
              onChange={(event) => {
                const { value } = event.currentTarget;
                onChange(items.map((entry, position) => (position === index ? value : entry)));
              }}
              style={{ flex: 1 }}
            />
            <Button
              variant="outline"
              color="red.9"
              size="sm"
              aria-label={t('assemblies.workshops.removeItem', { item: itemLabel(index + 1) })}
              onClick={() => remove(index)}
            >
              {t('assemblies.workshops.remove')}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          data-item-add={listId}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            onChange([...items, '']);
            focusItem(items.length);
          }}
        >
          {addLabel}
        </Button>
      </Stack>
    </Fieldset>
  );
}
