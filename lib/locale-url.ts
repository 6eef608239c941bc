// Apart from lib/routes.ts on purpose: client components import this, and the bundler ships a module
// whole, so the error boundary on every page does not carry every path of the site.
/**
 * The one way a locale URL is built: localePath('en', paths.law()) → '/en/law/'. An href that is not a
 * path inside the site (a #fragment, a full address) is returned as it is.
 */
export const localePath = <P extends string>(locale: string, path: P) =>
  (path.startsWith('/') ? `/${locale}${path}` : path) as P extends `/${string}` ? `/${string}${P}` : P;

/** A page's absolute address under `origin` (the public SITE_URL, or the reader's own origin). */
export const absoluteUrl = (locale: string, path: string, origin: string | URL) => new URL(localePath(locale, path), origin).href;
