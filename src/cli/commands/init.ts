import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ownPackage } from "../package-root.ts";
import { processIo } from "../command-io.ts";
import type { ImportIo } from "./import.ts";

export const help = `Usage: npx shownotes init <folder> [--from <feed>] [--package <version or file>]

Makes a new show notes site in <folder>: your show's files only, with
shownotes installed from npm as a dependency (so upgrading is
"npm install shownotes@latest", and it never touches your content).

  <folder>/
    content/           your show: show.yaml, people.yaml, one example episode
    public/            files published as they are (cover art)
    src/content.config.ts, astro.config.mjs, package.json, README.md

Then:
  cd <folder>
  npm install
  npm run dev          preview while you edit content/

  --from <feed>        start from your podcast's existing feed (a file or its
                       https:// address) instead of the example episode: every
                       episode, guid and show note is imported, as
                       "shownotes import" does (see its --help); --url,
                       --fetch and --lenient are passed on to it
  --package <spec>     what to install shownotes from: a version (default:
                       this one) or a packed shownotes-*.tgz file
  -h, --help           show this help`;

/** Files of the starter site that npm would not pack under their real name. */
const RENAMED = { gitignore: ".gitignore" } as const;

/** `shownotes init <folder>`: a new site from the starter in the package (starter/); never writes into a folder with files. */
export async function run(args: string[], io: ImportIo = processIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const fail = (message: string) => (io.err(`${message}\n`), 1);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      package: { type: "string" },
      from: { type: "string" },
      url: { type: "string" },
      fetch: { type: "boolean" },
      lenient: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return 0;
  }
  if (positionals.length !== 1) return fail("Name the folder for the new site, e.g. npx shownotes init my-show");
  const target = resolve(cwd, positionals[0]!);
  const shown = relative(cwd, target) || ".";
  if (existsSync(target) && readdirSync(target).length > 0) {
    return fail(`${shown} already has files in it; name a new folder (nothing was changed)`);
  }
  const own = ownPackage();
  if (values.from === undefined && (values.url !== undefined || values.fetch || values.lenient)) {
    return fail("--url, --fetch and --lenient go with --from <feed>: they say how to import your existing feed");
  }
  cpSync(join(own.root, "starter"), target, { recursive: true });
  for (const [packed, real] of Object.entries(RENAMED)) renameSync(join(target, packed), join(target, real));
  writeFileSync(join(target, "package.json"), `${JSON.stringify(sitePackageJson(basename(target), own.json, packageSpec(values.package, own.json.version, cwd)), null, 2)}\n`);
  if (values.from !== undefined) {
    // The imported show starts clean: the starter's example show would be a second show beside it.
    rmSync(join(target, "content"), { recursive: true, force: true });
    mkdirSync(join(target, "content"));
    const importArgs = [values.from, "--content", relative(cwd, join(target, "content")), ...(values.url ? ["--url", values.url] : []), ...(values.fetch ? ["--fetch"] : []), ...(values.lenient ? ["--lenient"] : [])];
    // Loaded only for --from: a plain init needs none of the feed reader's packages.
    const { run: runImport } = await import("./import.ts");
    if ((await runImport(importArgs, { ...io, cwd })) !== 0) {
      // A feed that cannot be read leaves no half-made site behind.
      rmSync(target, { recursive: true, force: true });
      io.err(`${shown}/ was not made. Nothing was changed.\n`);
      return 1;
    }
  }
  io.out(`Made a new show notes site in ${shown}/. Next:

  cd ${shown}
  npm install
  npm run dev

Then open http://localhost:4321/ and ${values.from === undefined ? "change content/show.yaml and the example episode in content/episodes/welcome/." : "look through your imported show; run npm run check to see what to tidy."}
`);
  return 0;
}

/** `^0.2.0`, or a packed file as an absolute `file:` path (npm resolves a relative one from the site, not from here). */
function packageSpec(given: string | undefined, version: string, cwd: string): string {
  if (given === undefined) return `^${version}`;
  return /\.t(ar\.)?gz$/.test(given) ? `file:${resolve(cwd, given)}` : given;
}

/**
 * The site's package.json: shownotes and Astro (whose `astro` command the
 * scripts run), the same Node the package is built and tested on (the
 * `node` package, as this repository brings its own), and the usual scripts.
 */
function sitePackageJson(folder: string, own: ReturnType<typeof ownPackage>["json"], shownotes: string) {
  const name = folder.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "my-show";
  return {
    name,
    private: true,
    type: "module",
    scripts: { dev: "astro dev", build: "astro build", preview: "astro preview", check: "shownotes check" },
    dependencies: { astro: own.dependencies.astro, shownotes },
    devDependencies: { node: own.devDependencies?.node ?? "^24" },
    engines: own.engines ?? {},
    // The `node` package downloads Node when installed, and Astro's bundler esbuild its binary.
    allowScripts: { node: true, esbuild: true },
  };
}
