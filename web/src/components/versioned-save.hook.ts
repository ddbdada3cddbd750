import { useState } from 'react';
import { problemOf } from '../api/problem-text.ts';

/** The record a 409 `stale_version` carries as it now is, or null for any other failure. */
export function staleCurrent<Row>(error: unknown): Row | null {
  const problem = problemOf(error);
  return problem.code === 'stale_version' && problem.current ? (problem.current as Row) : null;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === undefined || value === null;
}

/** A value as compared: blank is blank however written, an object's blank entries and key order do not count. */
function comparable(value: unknown): string {
  if (isBlank(value)) return 'null';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => !isBlank(entry))
      .sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(entries);
  }
  return JSON.stringify(value);
}

/** The fields whose values differ between two inputs of the same form. */
export function changedFields<Input extends object>(from: Input, to: Input): (keyof Input & string)[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]) as Set<keyof Input & string>;
  return [...keys].filter((key) => comparable(from[key]) !== comparable(to[key]));
}

export interface StaleConflict<Input> {
  /** The fields the other person changed since the form was opened. */
  theirs: (keyof Input & string)[];
  /** The fields this person changed; re-applying sets these on the current record. */
  mine: (keyof Input & string)[];
}

interface VersionedSaveOptions<Row extends { version: number }, Input extends object> {
  /** The record as the form was opened on: its version goes in If-Match. */
  base: Row;
  /** The form's input for a record, to tell which fields each person changed. */
  inputOf: (row: Row) => Input;
  save: (input: Input, version: number) => Promise<Row>;
  /** The record as saved: the form starts again from it. */
  onSaved: (row: Row) => void;
  /** The record as it now is, taken instead of this person's change. */
  onReloaded: (row: Row) => void;
}

/**
 * Saves a form on the version it was opened on. When someone else saved in between (409
 * `stale_version`), nothing is saved and `conflict` says what each changed, for a dialog that
 * offers to reload (discarding this change) or to re-apply this change on the current record.
 */
export function useVersionedSave<Row extends { version: number }, Input extends object>({
  base,
  inputOf,
  save,
  onSaved,
  onReloaded,
}: VersionedSaveOptions<Row, Input>) {
  const [pending, setPending] = useState<{ input: Input; current: Row; mine: Input } | null>(null);
  const [isReapplying, setReapplying] = useState(false);

  async function submit(input: Input, on: Row = base, mine: Input = input): Promise<void> {
    try {
      onSaved(await save(input, on.version));
      setPending(null);
    } catch (error) {
      const current = staleCurrent<Row>(error);
      if (!current) throw error;
      setPending({ input, current, mine });
    }
  }

  const conflict: StaleConflict<Input> | null = pending && {
    theirs: changedFields(inputOf(base), inputOf(pending.current)),
    mine: changedFields(inputOf(base), pending.mine),
  };

  return {
    submit: (input: Input) => submit(input),
    conflict,
    isReapplying,
    /** Takes the record as it now is; this person's change is dropped. */
    reload: () => {
      if (!pending) return;
      onReloaded(pending.current);
      setPending(null);
    },
    /** Sets this person's changed fields on the record as it now is, and saves that on its version. */
    reapply: async () => {
      if (!pending || !conflict) return;
      const merged = { ...inputOf(pending.current) };
      for (const key of conflict.mine) merged[key] = pending.mine[key];
      setReapplying(true);
      try {
        await submit(merged, pending.current, pending.mine);
      } finally {
        setReapplying(false);
      }
    },
  };
}
