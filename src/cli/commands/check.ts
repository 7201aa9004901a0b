import { parseArgs } from "node:util";
import { countErrors, formatProblem, readContent } from "../../lib/pipeline/index.ts";
import { processIo, type CommandIo } from "../command-io.ts";
import { readSiteConfig, type SiteConfig } from "../site-config.ts";

export const help = `Usage: shownotes check [--content <folder>]

Checks everything in your content folder (show.yaml, people.yaml and every
episode) and lists every problem at once, as  file:line:column  message.
Errors must be fixed before the site can be built; warnings are advice.
It reads your astro.config.mjs first, so it checks the folder the build
reads and runs your own Markdown plugins on the summaries (those your other
integrations add too), as the build does.

  --content <folder>   the content folder (default: the one astro.config.mjs
                       names, else $SHOWNOTES_CONTENT, else content)
  -h, --help           show this help`;

/** `shownotes check`: exit code 1 when there are errors; warnings alone pass. */
export async function run(args: string[], io: CommandIo = processIo()): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { content: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return 0;
  }
  const root = io.cwd ?? process.cwd();
  let site: SiteConfig;
  try {
    site = await readSiteConfig(root);
  } catch (error) {
    // The build would stop on the same config, so the check does too.
    io.out(`Your site's Astro config could not be read, so the site cannot be built:\n${(error as Error).message}\n`);
    return 1;
  }
  for (const { integration, reason } of site.notRun ?? []) {
    io.out(`Note: the integration "${integration}" in your Astro config could not be set up here (${reason}), so Markdown plugins it adds are not run by this check. The build runs them.\n`);
  }
  const dir = (values.content ?? site.contentDir ?? process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
  const result = await readContent(root, dir, { parallel: true, ...(site.siteMarkdown ? { siteMarkdown: site.siteMarkdown } : {}) });
  for (const problem of result.problems) io.out(`${formatProblem(problem)}\n`);
  const errors = countErrors(result.problems);
  const warnings = result.problems.length - errors;
  io.out(
    result.problems.length === 0
      ? `${dir}: everything looks right.\n`
      : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.${errors > 0 ? " Fix the errors before building the site." : ""}\n`,
  );
  return errors > 0 ? 1 : 0;
}
