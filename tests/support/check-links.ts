import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { Element } from "hast";

export interface BrokenLink {
  /** The page holding the link, relative to `dist/`. */
  page: string;
  href: string;
  reason: "no such page or file" | "no such anchor" | "outside the site's path";
}

export interface LinkReport {
  /** Internal links and resources checked (each occurrence counts). */
  checked: number;
  broken: BrokenLink[];
}

/** Attributes that point at another page or file. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  area: ["href"],
  img: ["src"],
  script: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  source: ["src"],
  track: ["src"],
  iframe: ["src"],
  form: ["action"],
};

/**
 * Checks a built site the way a visitor's clicks would: every internal link
 * and resource resolves to a file in `dist/`, and every `#fragment` to an
 * element with that id on the target page. External links are not fetched.
 * Fragments `#t=…` are Media Fragments (W3C Media Fragments URI 1.0) that the
 * player script reads, not element ids, so they are not anchors.
 *
 * `dist/` is served at the path of `site` (`https://name.github.io/podcast/`
 * → `/podcast/`), as the host will: a root-relative link that leaves that
 * path is broken there, even when dist/ has a file of that name.
 */
export function checkLinks(distDir: string, options: { site?: string } = {}): LinkReport {
  const pages = listFiles(distDir).filter((file) => file.endsWith(".html"));
  const idsByPage = new Map<string, Set<string>>();
  const links: { page: string; href: string }[] = [];
  for (const page of pages) {
    const tree = fromHtml(readFileSync(join(distDir, page), "utf8"));
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      const id = node.properties.id ?? (node.tagName === "a" ? node.properties.name : undefined);
      if (id !== undefined) ids.add(String(id));
      for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value === "string") links.push({ page, href: value });
      }
    });
    idsByPage.set(page, ids);
  }

  // The site's own absolute links (canonical, og:url, feed links) count as internal;
  // a site published under a path (https://example.com/podcast/) owns only that path.
  const siteBase = options.site ? new URL(options.site.replace(/\/?$/, "/")) : undefined;
  const mount = siteBase?.pathname ?? "/";
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const { page, href } of links) {
    const base = new URL(`http://dist.invalid${mount}${page.split(sep).join("/")}`);
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      broken.push({ page, href, reason: "no such page or file" });
      continue;
    }
    const ownAbsolute = siteBase !== undefined && url.href.startsWith(siteBase.href);
    if (!/^https?:$/.test(url.protocol) || (url.origin !== base.origin && !ownAbsolute)) continue;
    checked++;
    if (!url.pathname.startsWith(mount)) {
      broken.push({ page, href, reason: "outside the site's path" });
      continue;
    }
    const pathname = `/${url.pathname.slice(mount.length)}`;
    const target = resolveFile(distDir, decodeURIComponent(pathname));
    if (!target) {
      broken.push({ page, href, reason: "no such page or file" });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith("t=") && target.endsWith(".html") && !idsByPage.get(target)?.has(fragment)) {
      broken.push({ page, href, reason: "no such anchor" });
    }
  }
  return { checked, broken };
}

/** The file a static host serves for a path (`/a/` → `a/index.html`), relative to dist, or undefined. */
function resolveFile(distDir: string, pathname: string): string | undefined {
  const path = posix.normalize(pathname).replace(/^\/+/, "");
  const candidates = pathname.endsWith("/") ? [posix.join(path, "index.html")] : [path, posix.join(path, "index.html")];
  for (const candidate of candidates) {
    const full = join(distDir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate.split("/").join(sep);
  }
  return undefined;
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  );
}
