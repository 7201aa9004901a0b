import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/config/paths.ts";
import { buildSite, repoRoot } from "../support/build-site.ts";

/**
 * "If check passes, the build passes": each hostile or careless input runs
 * through the real `shownotes check` and the real `astro build`, and the two
 * must agree. A refused input is refused by both with the same
 * `file:line:column  sentence` and no stack trace; an accepted one builds,
 * and its pages link where they should.
 */
const casesRoot = join(repoRoot, "tests/.agree");
const outRoot = await mkdtemp(join(tmpdir(), "shownotes-agree-"));
const outside = await mkdtemp(join(tmpdir(), "shownotes-outside-"));
await writeFile(join(outside, "secret.txt"), "SECRET-OUTSIDE-CONTENT\n");
await writeFile(join(outside, "secret.mp3"), "ID3 not really audio");
afterAll(async () => {
  await rm(outRoot, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
  await rm(casesRoot, { recursive: true, force: true });
});

const SHOW = "title: Agreement show\ndescription: One episode, changed one way per case.\nlanguage: en\nurl: https://podcast.example.com/\nauthor: Monica\nhosts: [monica]\n";
const PEOPLE = "monica:\n  name: Monica\n  aliases: [SPEAKER_00]\n";
const episode = (frontmatter = "", body = "A short summary.") => `---\ntitle: First\ndate: 2024-03-01\n${frontmatter}---\n\n${body}\n`;

interface Case {
  name: string;
  arrange(content: string): Promise<void>;
  /** Accepted inputs are built; `verify` then looks at the site. Refused ones name this in check's output. */
  expect: { accepted: true; verify?: (outDir: string) => Promise<void> } | { accepted: false; message: RegExp };
}

const write = async (content: string, file: string, text: string) => {
  await mkdir(join(content, file, ".."), { recursive: true });
  await writeFile(join(content, file), text);
};
const renameEpisode = (to: string) => async (content: string) => rename(join(content, "episodes/first"), join(content, "episodes", to));

const cases: Case[] = [
  {
    name: "a transcript that links to a file outside the project",
    arrange: (content) => symlink(join(outside, "secret.txt"), join(content, "episodes/first/transcript.txt")),
    expect: { accepted: false, message: /episodes\/first\/transcript\.txt:1:1 {2}this file is a link to somewhere else/ },
  },
  {
    name: "self-hosted audio that links to a file outside the project",
    arrange: async (content) => {
      await write(content, "episodes/first/index.md", episode("audio: episode.mp3\n"));
      await symlink(join(outside, "secret.mp3"), join(content, "episodes/first/episode.mp3"));
    },
    expect: { accepted: false, message: /episodes\/first\/episode\.mp3:1:1 {2}this file is a link/ },
  },
  {
    name: "an episode folder that links elsewhere",
    arrange: async (content) => {
      await cp(join(content, "episodes/first"), join(outside, "linked-episode"), { recursive: true });
      await symlink(join(outside, "linked-episode"), join(content, "episodes/second"));
    },
    expect: { accepted: false, message: /episodes\/second:1:1 {2}this folder is a link/ },
  },
  {
    name: "a transcript that is a folder",
    arrange: (content) => mkdir(join(content, "episodes/first/transcript.txt")),
    expect: { accepted: false, message: /transcript\.txt:1:1 {2}this is a folder/ },
  },
  {
    name: "an audio path that climbs out of the site with encoded ..",
    arrange: (content) => write(content, "episodes/first/index.md", episode('audio: "/episodes/first/..%2F..%2F..%2Fpackage.json"\n')),
    expect: { accepted: false, message: /index\.md:4:8 {2}"audio" is refused: it leaves the site's folders/ },
  },
  {
    name: "a file: audio address",
    arrange: (content) => write(content, "episodes/first/index.md", episode("audio: file:///etc/passwd\n")),
    expect: { accepted: false, message: /index\.md:4:8 {2}"audio" is refused: "file:" addresses are not published/ },
  },
  { name: "a folder name with #", arrange: renameEpisode("ep#1"), expect: { accepted: false, message: /ep#1\/index\.md:1:1 {2}the folder name "ep#1" has "#"/ } },
  { name: "a folder name with ?", arrange: renameEpisode("ep?"), expect: { accepted: false, message: /the folder name "ep\?" has "\?"/ } },
  {
    name: "a folder name with %41 beside the folder it would alias",
    arrange: async (content) => {
      await cp(join(content, "episodes/first"), join(content, "episodes/epA"), { recursive: true });
      await write(content, "episodes/epA/index.md", episode("number: 2\n"));
      await renameEpisode("ep%41")(content);
    },
    expect: { accepted: false, message: /the folder name "ep%41" has "%"/ },
  },
  {
    name: "tags that are dots or empty",
    arrange: (content) => write(content, "episodes/first/index.md", episode('tags: ["..", ".", "", "  "]\n')),
    expect: { accepted: false, message: /index\.md:4:8 {2}the tag "\.\." is only dots/ },
  },
  {
    name: "tags with spaces, slashes, question marks and capitals",
    arrange: (content) => write(content, "episodes/first/index.md", episode('tags: ["C++ / Rust?", "AI", "ai", "中文 标签", "-"]\n')),
    expect: {
      accepted: true,
      verify: async (outDir) => {
        const html = await readFile(join(outDir, "episodes/first/index.html"), "utf8");
        const tagLinks = [...html.matchAll(/href="(\/tags\/[^"]+)"/g)].map((match) => match[1]!);
        expect(tagLinks.length).toBeGreaterThanOrEqual(4);
        // Every tag link lands on a page that was written.
        for (const link of tagLinks) expect(existsSync(join(outDir, decodeURIComponent(link), "index.html")), link).toBe(true);
      },
    },
  },
  {
    name: "a YAML alias bomb",
    arrange: (content) => {
      const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
      for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]`);
      return write(content, "episodes/first/index.md", episode(`${lines.join("\n")}\ntags: *a8\n`));
    },
    expect: { accepted: false, message: /index\.md:2:1 {2}this YAML repeats its \*alias references/ },
  },
  {
    name: "tags nested 5,000 deep",
    arrange: (content) => write(content, "episodes/first/index.md", episode(`tags: ${"[".repeat(5000)}x${"]".repeat(5000)}\n`)),
    expect: { accepted: false, message: /index\.md:4:1 {2}this is not valid YAML here \(lists or settings are nested inside each other far too deeply/ },
  },
  {
    name: "an unquoted number as the date",
    arrange: (content) => write(content, "episodes/first/index.md", "---\ntitle: First\ndate: 20240301\n---\n\nHi.\n"),
    expect: { accepted: false, message: /index\.md:3:7 {2}"date" is a number, not a date: write the day with dashes, e\.g\. `date: 2024-03-01`/ },
  },
  {
    name: "a person whose url is javascript:",
    arrange: (content) => write(content, "people.yaml", `${PEOPLE}  url: " JaVaScRiPt:alert(1)"\n`),
    expect: { accepted: false, message: /people\.yaml:4:8 {2}"url" is refused: a javascript: address runs code/ },
  },
  {
    name: "a takeaway link to javascript: under ## 要点",
    arrange: (content) => write(content, "episodes/first/index.md", episode("", "Summary.\n\n## 要点\n\n- [x](javascript:alert(1))")),
    expect: { accepted: false, message: /index\.md:10:3 {2}this link is refused: a javascript: address/ },
  },
  {
    name: "control characters in the settings, the summary and people.yaml",
    arrange: async (content) => {
      await write(content, "episodes/first/index.md", episode("description: Bell\u0007 and NUL\u0000 here\nguests: [monica]\n", "Hello\u0000 there\u001b[31m, friend."));
      await write(content, "people.yaml", "monica:\n  name: Mon\u0001ica\n");
    },
    expect: {
      accepted: true,
      verify: async (outDir) => {
        const html = await readFile(join(outDir, "episodes/first/index.html"), "utf8");
        expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        expect(html).toContain("Hello there[31m, friend.");
        expect(html).toContain("Bell and NUL here");
        const person = await readFile(join(outDir, "people/monica/index.html"), "utf8");
        expect(person).toContain("Monica");
      },
    },
  },
  {
    name: "a misspelt setting",
    arrange: (content) => write(content, "episodes/first/index.md", episode("duraton: 1:02:03\n")),
    expect: {
      accepted: true,
      verify: async (outDir) => expect(existsSync(join(outDir, "episodes/first/index.html"))).toBe(true),
    },
  },
];

function runCheck(content: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin/shownotes.mjs"), "check", "--content", content], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe("shownotes check and the build agree on every input", () => {
  it.each(cases)("$name", async ({ name, arrange, expect: expected }) => {
    const slug = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    const content = `tests/.agree/${slug}/content`;
    const dir = join(repoRoot, content);
    await rm(dir, { recursive: true, force: true });
    // A fresh cache: the build's check remembers unchanged episodes, and each case must be judged by the code as it is now.
    await rm(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
    await write(dir, "show.yaml", SHOW);
    await write(dir, "people.yaml", PEOPLE);
    await write(dir, "episodes/first/index.md", episode());
    await arrange(dir);

    const check = await runCheck(content);
    const build = await buildSite({ content, outDir: join(outRoot, slug) });
    expect(check.output).not.toMatch(STACK_TRACE);
    expect(build.log).not.toMatch(STACK_TRACE);
    expect(check.output).not.toContain("something went wrong inside shownotes");
    if (expected.accepted) {
      expect({ check: check.code, output: check.output }).toMatchObject({ check: 0 });
      expect(build.exitCode, build.log).toBe(0);
      await expected.verify?.(build.outDir);
    } else {
      expect(check.code, check.output).toBe(1);
      expect(check.output).toMatch(expected.message);
      expect(build.exitCode, build.log).not.toBe(0);
      // The build stops with check's own lines, every one of them.
      const errors = check.output.split("\n").filter((line) => /^\S+:\d+:\d+ {2}(?!warning:)/.test(line));
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors) expect(build.log).toContain(line);
      // Nothing was published, so nothing from outside the project either.
      const written = existsSync(build.outDir) ? await readdir(build.outDir, { recursive: true }) : [];
      expect(written.filter((file) => file.endsWith(".html"))).toEqual([]);
    }
  }, 180_000);
});
