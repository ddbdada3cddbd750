import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { mainContentId } from './skip-link.tsx';

/**
 * After a client-side navigation, move focus to the main region, as a full page load would have
 * reset it: keyboard and screen-reader users then start on the new page, not on the old link.
 */
export function useMainFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    document.getElementById(mainContentId)?.focus();
  }, [pathname]);
}
