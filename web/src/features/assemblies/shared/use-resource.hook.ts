import { useCallback, useEffect, useState } from 'react';

export type ResourceState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

interface Loaded<T> {
  load: () => Promise<T>;
  state: ResourceState<T>;
}

/**
 * Loads what `load` returns, again whenever `load` changes (wrap it in useCallback with its inputs).
 * With `keepPrevious`, the last answer stays on screen while the next one loads, so results do not
 * blink at each keystroke. The failure is kept whole: pages show the problem's own sentence.
 */
export function useResource<T>(load: () => Promise<T>, { keepPrevious = false } = {}) {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    load().then(
      (data) => isCurrent && setLoaded({ load, state: { status: 'ready', data } }),
      (error: unknown) => isCurrent && setLoaded({ load, state: { status: 'failed', error } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [load, attempt]);

  const isCurrent = loaded?.load === load;
  const state: ResourceState<T> =
    loaded && (isCurrent || keepPrevious) ? loaded.state : { status: 'loading' };

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  /** Shows what a write answered (the updated record) without asking the server again. */
  const replace = useCallback((data: T) => setLoaded({ load, state: { status: 'ready', data } }), [load]);

  return { state, isStale: !isCurrent, reload, replace };
}
