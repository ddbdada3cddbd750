import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ParseKeys } from 'i18next';

export type NoticeKey = ParseKeys;

export interface Notice {
  id: number;
  /** Translation key, so the notice follows a language switch. */
  messageKey: NoticeKey;
  values?: Record<string, string>;
  tone: 'success' | 'info';
  /** The page the notice belongs to; it is hidden on every other page. */
  pathname: string;
}

export interface NoticeRequest {
  messageKey: NoticeKey;
  values?: Record<string, string>;
  tone?: Notice['tone'];
  /** Show the notice on this page instead of the current one (notify, then navigate). */
  pathname?: string;
}

interface NoticeContextValue {
  notice: Notice | null;
  notify: (request: NoticeRequest) => void;
  dismiss: () => void;
}

const NoticeContext = createContext<NoticeContextValue | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);

  const notify = useCallback((request: NoticeRequest) => {
    setNotice((previous) => ({
      id: (previous?.id ?? 0) + 1,
      messageKey: request.messageKey,
      values: request.values,
      tone: request.tone ?? 'success',
      pathname: request.pathname ?? window.location.pathname,
    }));
  }, []);

  const dismiss = useCallback(() => setNotice(null), []);

  const value = useMemo(() => ({ notice, notify, dismiss }), [notice, notify, dismiss]);
  return <NoticeContext value={value}>{children}</NoticeContext>;
}

export function useNotice(): NoticeContextValue {
  const value = use(NoticeContext);
  if (!value) throw new Error('useNotice must be used inside NoticeProvider');
  return value;
}
