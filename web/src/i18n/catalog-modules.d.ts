// The catalogs' parts, made by web/vite.config.ts: `virtual:quorum-catalog/<language>/<part>` with
// part `first`, `rest` (i18n/catalog-parts.ts) or `errors` (the error codes' sentences).
declare module 'virtual:quorum-catalog/*' {
  const texts: Record<string, unknown>;
  export default texts;
}
