/**
 * A trustee's two secrets (the certificate's, then the share of the election key), kept on this
 * device only, per ceremony and trustee. The printed backup restores them on another device.
 */
export interface TrusteeSecrets {
  certificate?: string;
  share?: string;
}

const storageKey = (ceremonyId: string, index: number) => `quorum.trustee.${ceremonyId}.${index}`;

export function readSecrets(ceremonyId: string, index: number): TrusteeSecrets {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(ceremonyId, index)) ?? '{}');
    return stored !== null && typeof stored === 'object' ? (stored as TrusteeSecrets) : {};
  } catch {
    return {};
  }
}

export function keepSecret(
  ceremonyId: string,
  index: number,
  kind: keyof TrusteeSecrets,
  secret: string,
): void {
  const secrets = { ...readSecrets(ceremonyId, index), [kind]: secret };
  window.localStorage.setItem(storageKey(ceremonyId, index), JSON.stringify(secrets));
}

const tokenKey = 'quorum.trustee.token';

/**
 * The trustee's token arrives after `#` in the link (never sent to the server in a URL), moves to
 * this tab's session storage, and leaves the address bar, so that a screen shared or photographed
 * does not show it.
 */
export function takeTrusteeToken(): string | null {
  const fromLink = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  if (fromLink) {
    window.sessionStorage.setItem(tokenKey, fromLink);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromLink;
  }
  return window.sessionStorage.getItem(tokenKey);
}
