import type { Show } from "../../schemas/show.ts";
import { FAVICON_PATH } from "../urls/site-urls.ts";

/**
 * The default icon: a neutral mark (three lines of text) in the site's accent
 * colour, published by the package at /favicon.svg so a new show has one
 * without a file to copy into public/. A file rather than a `data:` address:
 * the site's pages link to no `data:` address at all, so a refused one
 * written in content could never hide among them.
 */
export const DEFAULT_FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5fcc"/>' +
  '<path d="M9 11h14M9 16h14M9 21h9" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>\n';

/** Where the default icon is published. */
export const DEFAULT_FAVICON_PATH = FAVICON_PATH;

/** The page icon, as a site path or the artwork's address: the show's artwork when it has one (browsers scale it), else the default. */
export function faviconHref(show: Pick<Show, "artwork">): string {
  return show.artwork ?? DEFAULT_FAVICON_PATH;
}
