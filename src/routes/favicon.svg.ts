import type { APIRoute } from "astro";
import { DEFAULT_FAVICON_SVG } from "../lib/seo/favicon.ts";

/** The default page icon (src/lib/seo/favicon.ts); a show with artwork uses that instead, but the file is always there. */
export const GET: APIRoute = () => new Response(DEFAULT_FAVICON_SVG, { headers: { "Content-Type": "image/svg+xml" } });
