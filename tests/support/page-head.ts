import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { Element } from "hast";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "./build-site.ts";

/** What a built page tells search engines and link previews, read with a real HTML parser. */
export interface PageHead {
  /** Path on the site, e.g. `/episodes/a/`. */
  path: string;
  lang: string | undefined;
  title: string | undefined;
  canonical: string[];
  /** `property` or `name` → every content value. */
  meta: Map<string, string[]>;
  /** Each JSON-LD script's raw text. */
  jsonLd: string[];
}

/** Every `index.html` page of a built site (404.html aside), with its head read. */
export async function readPages(outDir: string): Promise<PageHead[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name === "index.html").map((e) => join(e.parentPath, e.name));
  return Promise.all(files.sort().map(async (file) => readHead(await readFile(file, "utf8"), pagePath(outDir, file))));
}

function pagePath(outDir: string, file: string): string {
  const dir = relative(outDir, file).split(sep).slice(0, -1).join("/");
  return dir ? `/${dir}/` : "/";
}

export function readHead(html: string, path: string): PageHead {
  const tree = fromHtml(html);
  const head: PageHead = { path, lang: undefined, title: undefined, canonical: [], meta: new Map(), jsonLd: [] };
  visit(tree, "element", (node: Element) => {
    const p = node.properties;
    if (node.tagName === "html") head.lang = p.lang as string | undefined;
    if (node.tagName === "title") head.title = toString(node);
    if (node.tagName === "link" && (p.rel as string[] | undefined)?.includes("canonical")) head.canonical.push(String(p.href));
    if (node.tagName === "meta") {
      const key = (p.property ?? p.name) as string | undefined;
      if (key) head.meta.set(key, [...(head.meta.get(key) ?? []), String(p.content)]);
    }
    if (node.tagName === "script" && p.type === "application/ld+json") head.jsonLd.push(toString(node));
  });
  return head;
}

/** The `url:` a built site's show.yaml declares (the sample show lives in content/, fixtures in tests/fixtures/sites/). */
export async function siteUrl(name: string): Promise<string> {
  const content = name === "sample" ? "content" : `tests/fixtures/sites/${name}/content`;
  const show = parseYaml(await readFile(join(repoRoot, content, "show.yaml"), "utf8")) as { url: string };
  return show.url;
}
