/**
 * The site's public URL, ending in `/` (the folder of index.html, so `/lokus/` when the site is
 * served under a sub-path): `VITE_LOKUS_PUBLIC_URL` when the build sets it (a copy previewed on
 * one host but published on another), else where this page was loaded from.
 */
export function siteUrl(): string {
  const configured = import.meta.env.VITE_LOKUS_PUBLIC_URL;
  const base = configured ? new URL(configured, location.href) : new URL('./', location.href);
  base.search = '';
  base.hash = '';
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}
