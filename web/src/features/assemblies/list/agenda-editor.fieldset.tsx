import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agendaItemKinds } from '../../../../../common/assemblies.schemas.ts';
import type { AgendaItemKind } from '../assemblies.api.ts';

export interface AgendaDraft {
  key: number;
  /** The item's id when it exists already (editing an assembly): kept, moved, reworded. */
  id?: string;
  kind: AgendaItemKind;
  title: string;
  presenter: string;
  plannedMinutes: string;
}

interface AgendaEditorProps {
  items: AgendaDraft[];
  /** Worded errors by path ("agenda.0.title"). */
  errors: Record<string, string>;
  onChange: (items: AgendaDraft[]) => void;
}

/** After a move or a removal the focus follows the item, or falls on "add", never on the page body. */
function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

let nextKey = 1;

export function newAgendaDraft(): AgendaDraft {
  nextKey += 1;
  return { key: nextKey, kind: 'informative', title: '', presenter: '', plannedMinutes: '' };
}

/** The agenda as an ordered list of points: add, remove, move up or down. */
export function AgendaEditor({ items, errors, onChange }: AgendaEditorProps) {
  const { t } = useTranslation();
  const kindOptions = agendaItemKinds.map((kind) => ({
    value: kind,
    label: t(`assemblies.agendaKinds.${kind}`),
  }));
  const error = (index: number, field: string) => {
    return errors[`agenda.${index}.${field}`] || undefined;
  };

  function update(index: number, patch: Partial<AgendaDraft>) {
    onChange(items.map((item, position) => (position === index ? { ...item, ...patch } : item)));
  }

  function move(index: number, offset: -1 | 1) {
    const target = index + offset;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    const direction = offset < 0 ? 'up' : 'down';
    const stillPossible = offset < 0 ? target > 0 : target < items.length - 1;
    focusLater(`[data-agenda-${stillPossible ? direction : 'title'}="${target}"]`);
  }

  function remove(index: number) {
    onChange(items.filter((_, position) => position !== index));
    focusLater(index > 0 ? `[data-agenda-title="${index - 1}"]` : '[data-agenda-add]');
  }

  function add() {
    onChange([...items, newAgendaDraft()]);
    focusLater(`[data-agenda-title="${items.length}"]`);
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-editor-title">
      <Text component="h3" fw={700} size="lg" id="agenda-editor-title">
        {t('assemblies.create.agenda')}
      </Text>
      {items.length === 0 && <Text>{t('assemblies.create.agendaEmpty')}</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item, index) => {
          const number = index + 1;
          return (
            <li key={item.key}>
              <Fieldset legend={t('assemblies.create.item', { number })} p="sm">
                <Group align="flex-start" wrap="wrap" gap="sm">
                  <NativeSelect
                    label={t('assemblies.create.itemKind')}
                    data={kindOptions}
                    value={item.kind}
                    onChange={(event) => update(index, { kind: event.currentTarget.value as AgendaItemKind })}
                    miw={160}
                  />
                  <TextInput
                    label={t('assemblies.create.itemTitle')}
                    value={item.title}
                    required
                    error={error(index, 'title')}
                    onChange={(event) => update(index, { title: event.currentTarget.value })}
                    data-agenda-title={index}
                    style={{ flex: '1 1 260px' }}
                  />
                  <TextInput
                    label={t('assemblies.create.itemPresenter')}
                    value={item.presenter}
                    error={error(index, 'presenter')}
                    onChange={(event) => update(index, { presenter: event.currentTarget.value })}
                    miw={180}
                  />
                  <TextInput
                    label={t('assemblies.create.itemMinutes')}
                    inputMode="numeric"
                    value={item.plannedMinutes}
                    error={error(index, 'plannedMinutes')}
                    onChange={(event) => update(index, { plannedMinutes: event.currentTarget.value })}
                    w={140}
                  />
                </Group>
                <Group gap="xs" mt="sm">
                  <Button
                    variant="default"
                    size="xs"
                    disabled={index === 0}
                    data-agenda-up={index}
                    aria-label={t('assemblies.create.moveUp', { number })}
                    onClick={() => move(index, -1)}
                  >
                    {t('assemblies.create.up')}
                  </Button>
                  <Button
                    variant="default"
                    size="xs"
                    disabled={index === items.length - 1}
                    data-agenda-down={index}
                    aria-label={t('assemblies.create.moveDown', { number })}
                    onClick={() => move(index, 1)}
                  >
                    {t('assemblies.create.down')}
                  </Button>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="xs"
                    aria-label={t('assemblies.create.removeItem', { number })}
                    onClick={() => remove(index)}
                  >
                    {t('assemblies.create.remove')}
                  </Button>
                </Group>
              </Fieldset>
            </li>
          );
        })}
      </Stack>
      <Button variant="light" data-agenda-add style={{ alignSelf: 'flex-start' }} onClick={add}>
        {t('assemblies.create.addItem')}
      </Button>
    </Stack>
  );
}
