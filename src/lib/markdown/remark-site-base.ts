import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { linkUnder } from "../urls/site-urls.ts";

/**
 * Puts the summary's site paths under the path the site is published at
 * (`file.data.episode.base`, from show.yaml's url: `/podcast/` for `url: https://name.github.io/podcast/`).
 * A podcaster writes `[the trailer](/episodes/trailer/)` or `![](/art/12.png)`
 * meaning this site's page and file, and the moment links made just before
 * (remarkMomentLinks) are site paths too; on a site at the root of its
 * domain nothing changes. Runs before the chapters and takeaways plugins, so
 * the takeaways' HTML (kept as data for the page and the newsletter files)
 * carries the same links as the page.
 */
export function remarkSiteBase() {
  return (tree: Root, file: VFile) => {
    const base = file.data.episode?.base;
    if (!base || base === "/") return;
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && "url" in node) node.url = linkUnder(base, node.url);
    });
  };
}
