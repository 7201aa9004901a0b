import type { APIRoute } from "astro";
import { getShow } from "../data/queries.ts";
import { buildRobotsTxt } from "../lib/seo/sitemap.ts";
import { absoluteUrl, SITEMAP_PATH } from "../lib/urls/site-urls.ts";

export const GET: APIRoute = async () => {
  const show = await getShow();
  return new Response(buildRobotsTxt(absoluteUrl(show.url, SITEMAP_PATH)), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
