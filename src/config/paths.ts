/**
 * Where the podcaster's content lives, relative to the project root.
 * `SHOWNOTES_CONTENT` points a build at another folder (our tests build
 * fixture shows this way); podcasters keep the default `content/`.
 */
export const contentDir = (process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
