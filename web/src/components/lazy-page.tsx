import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from './loading-state.tsx';

/**
 * A page whose code is fetched when it is first shown, so each screen downloads only what it uses
 * (the phone of a participant never loads the charts of the budget).
 */
export function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    );
  };
}
