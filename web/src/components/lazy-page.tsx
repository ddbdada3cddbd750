import { lazy, Suspense, type ComponentType } from 'react';
import type { CatalogPart } from '../i18n/catalog-parts.ts';
import { loadCatalogPart } from '../i18n/i18n.ts';
import { LoadingState } from './loading-state.tsx';

/**
 * A page whose code is fetched when it is first shown, so each screen downloads only what it uses
 * (the phone of a participant never loads the charts of the budget). Its texts come with it: the
 * whole catalog, unless `texts: 'first'` says the page needs only the first part (the phone's pages
 * and the projector, i18n/catalog-parts.ts).
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
  { texts = 'rest' }: { texts?: CatalogPart } = {},
) {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), texts === 'rest' ? loadCatalogPart('rest') : undefined]);
    return { default: pick(module) };
  });
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    );
  };
}
