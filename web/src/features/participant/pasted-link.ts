/** The token in a personal link as pasted ("https://…/p#TOKEN", an older "…/p/TOKEN"), or the token alone. */
export function tokenOfPastedLink(pasted: string): string | null {
  const text = pasted.trim();
  const token = text.includes('#')
    ? text.slice(text.indexOf('#') + 1)
    : (/\/p\/([^/?#\s]+)\/?$/.exec(text)?.[1] ?? (/^[\w-]+$/.test(text) ? text : ''));
  return token.length >= 20 && /^[\w-]+$/.test(token) ? token : null;
}
