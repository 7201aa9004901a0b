import type { Show } from "../../schemas/show.ts";
import { feedUrl } from "../urls/feed-url.ts";
import { audioType } from "../media/audio-type.ts";
import { serializeJsonLd } from "./json-ld.ts";
import { metaDescription } from "./meta-description.ts";
import { absoluteUrl, webUrl } from "../urls/site-urls.ts";
import { uiStrings } from "../../i18n/index.ts";
import { SHARE_IMAGE_SIZE, SHOW_SHARE_IMAGE_PATH } from "../share-image/share-image-content.ts";

/** Everything `<SeoHead>` renders for one page, with every URL absolute. */
export interface PageSeo {
  /** The `<title>`: page title, then the show's name. */
  title: string;
  /** og:title / twitter:title: the page's own title. */
  shareTitle: string;
  description: string;
  /** This page's own absolute address: canonical link and og:url; absent on pages search engines should not index. */
  canonical?: string;
  siteName: string;
  /** og:locale, e.g. `zh_CN` (Open Graph writes it with an underscore). */
  locale: string;
  type: "website" | "article";
  image?: string;
  /** Alt text for the image in link previews (og:image:alt, twitter:image:alt). */
  imageAlt?: string;
  /** The image's size in pixels (og:image:width/height), when known: it is for the pictures the site draws. */
  imageSize?: { width: number; height: number };
  audio?: { url: string; type?: string };
  feed?: { title: string; url: string };
  /** Other-language versions of this page (hreflang), when there are any. */
  alternates: { hreflang: string; href: string }[];
  /** Serialised JSON-LD, safe inside `<script>`. */
  jsonLd?: string;
}

export interface PageSeoInput {
  show: Show;
  /** The page's site path, e.g. `/episodes/a/` (Astro.url.pathname without the site's base: `siteUrls().sitePath`). */
  path: string;
  /** The page's own title; the home page has none and uses the show's name. */
  title?: string | undefined;
  /** Text to describe the page; cut to a search-result length. */
  description?: string | undefined;
  lang: string;
  type?: "website" | "article";
  /**
   * The page's own picture for link previews. Without one (or with one apps
   * cannot fetch), the show's artwork; without that, the show's drawn
   * picture (`/share.png`).
   */
  image?: string | undefined;
  /** Says what `image` shows; defaults to "cover art of <show>". */
  imageAlt?: string | undefined;
  /** The size of `image` in pixels, when known. */
  imageSize?: { width: number; height: number } | undefined;
  audio?: { url: string; type?: string | undefined } | undefined;
  alternates?: { hreflang: string; path: string }[];
  jsonLd?: unknown;
  /**
   * False for pages that are not content (the 404 page): they get
   * `noindex` and no canonical URL, which would name an address that does
   * not exist.
   */
  indexable?: boolean;
}

export function pageSeo(input: PageSeoInput): PageSeo {
  const { show } = input;
  const strings = uiStrings(input.lang);
  const ownImage = webUrl(show.url, input.image);
  const artwork = webUrl(show.url, show.artwork);
  const image = ownImage
    ? { image: ownImage, imageAlt: input.imageAlt ?? strings.coverArtAlt(show.title), ...(input.imageSize ? { imageSize: input.imageSize } : {}) }
    : artwork
      ? { image: artwork, imageAlt: strings.coverArtAlt(show.title) }
      : { image: absoluteUrl(show.url, SHOW_SHARE_IMAGE_PATH), imageAlt: strings.showShareImageAlt(show.title), imageSize: SHARE_IMAGE_SIZE };
  const feed = feedUrl(show);
  const audioMime = input.audio ? audioType(input.audio) : undefined;
  return {
    title: input.title ? `${input.title} · ${show.title}` : show.title,
    shareTitle: input.title ?? show.title,
    description: metaDescription(input.description ?? show.description, { locale: input.lang }),
    ...(input.indexable === false ? {} : { canonical: absoluteUrl(show.url, input.path) }),
    siteName: show.title,
    locale: input.lang.replace("-", "_"),
    type: input.type ?? "website",
    ...image,
    ...(input.audio ? { audio: { url: absoluteUrl(show.url, input.audio.url), ...(audioMime ? { type: audioMime } : {}) } } : {}),
    ...(feed ? { feed: { title: show.title, url: feed } } : {}),
    alternates: (input.alternates ?? []).map((alternate) => ({ hreflang: alternate.hreflang, href: absoluteUrl(show.url, alternate.path) })),
    ...(input.jsonLd !== undefined ? { jsonLd: serializeJsonLd(input.jsonLd) } : {}),
  };
}

