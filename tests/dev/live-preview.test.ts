import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/build-site.ts";

/**
 * `npm run dev` as a podcaster uses it: a real `astro dev` on a copy of the
 * search-en fixture show, edited file by file. Each edit must show on a
 * later page load, without restarting the server; every wait is bounded.
 */
const astroBin = join(repoRoot, "node_modules/astro/bin/astro.mjs");
let server: ChildProcess;
let origin: string;
let content: string;
let log = "";

beforeAll(async () => {
  // Inside the project (the content folder must be), in a git-ignored folder of its own.
  const copy = await mkdtemp(join(repoRoot, "tests/.live-preview-"));
  content = join(copy, "content");
  cpSync(join(repoRoot, "tests/fixtures/sites/search-en/content"), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [astroBin, "dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: repoRoot,
    // As from a terminal: without the test runner's variables (NODE_ENV=test, VITEST), which change how Vite serves.
    env: { ...podcasterEnv(), SHOWNOTES_CONTENT: relative(repoRoot, content), ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await until("the dev server serves the home page", async () => (await get("/")).status === 200, 90_000);
}, 120_000);

afterAll(() => {
  server?.kill();
  if (content) rmSync(join(content, ".."), { recursive: true, force: true });
});

describe("live preview (astro dev)", () => {
  it("shows an edited title and summary", async () => {
    expect(await page("/episodes/postgres-bloat/")).toContain(">Bloat</h1>");
    edit("episodes/postgres-bloat/index.md", (text) => text.replace("title: Bloat\n", "title: Bloat, revisited\n"));
    await until("the new title shows", async () => (await page("/episodes/postgres-bloat/")).includes(">Bloat, revisited</h1>"));
    edit("episodes/postgres-bloat/index.md", (text) => `${text}\nA sentence added while previewing.\n`);
    await until("the new summary sentence shows", async () => (await page("/episodes/postgres-bloat/")).includes("A sentence added while previewing."));
  });

  it("shows an edited transcript, and a glossary correction of it", async () => {
    edit("episodes/postgres-bloat/transcript.srt", (text) => text.replace("all things PostgreSQL.", "all things PostgreSQL and zebrafish."));
    await until("the transcript's new word shows", async () => (await page("/episodes/postgres-bloat/")).includes("PostgreSQL and zebrafish."));
    writeFileSync(join(content, "glossary.yaml"), "- meant: Zebrafinch\n  heard: [zebrafish]\n");
    await until("the glossary's correction shows", async () => (await page("/episodes/postgres-bloat/")).includes("PostgreSQL and Zebrafinch."));
  });

  it("shows an edited show.yaml and people.yaml", async () => {
    edit("show.yaml", (text) => text.replace("title: Search Fixture Radio", "title: Renamed While Previewing"));
    await until("the show's new name shows", async () => (await page("/")).includes("Renamed While Previewing"));
    edit("people.yaml", (text) => text.replace("name: Travis\n", "name: Travis Renamed\n"));
    await until("the person's new name shows", async () => (await page("/episodes/rookie-mistakes/")).includes("Travis Renamed"));
  });

  it("keeps the last good page of an episode an edit broke, says why in the terminal, and shows the fix", async () => {
    const good = readFileSync(join(content, "episodes/rookie-mistakes/index.md"), "utf8");
    edit("episodes/rookie-mistakes/index.md", (text) => text.replace(/^title: .*$/m, "title:"));
    // The problem with its file and line, as `shownotes check` prints it, then what the page does meanwhile.
    await until(
      "the terminal says what is wrong and that the last good page stays",
      async () => /episodes\/rookie-mistakes\/index\.md:\d+:\d+ .*title.*\n[^]*episodes\/rookie-mistakes\/ has 1 error \(listed above\): its page keeps its last good version/.test(log),
    );
    expect(await page("/episodes/rookie-mistakes/")).toContain(">10 things we wish we knew</h1>");
    writeFileSync(join(content, "episodes/rookie-mistakes/index.md"), good.replace(/^title: .*$/m, "title: 10 things, fixed"));
    await until("the fixed title shows", async () => (await page("/episodes/rookie-mistakes/")).includes(">10 things, fixed</h1>"));
  });

  it("publishes an added episode folder and drops a removed one", async () => {
    expect((await get("/episodes/added-later/")).status).toBe(404);
    cpSync(join(content, "episodes/postgres-bloat"), join(content, "episodes/added-later"), { recursive: true });
    edit("episodes/added-later/index.md", (text) => text.replace(/^title: .*$/m, "title: Added while previewing").replace(/^number: .*$/m, "number: 77"));
    await until("the added episode has a page", async () => (await page("/episodes/added-later/")).includes(">Added while previewing</h1>"));
    expect(await page("/")).toContain("Added while previewing");
    rmSync(join(content, "episodes/added-later"), { recursive: true });
    await until("the removed episode's page is gone", async () => (await get("/episodes/added-later/")).status === 404);
    expect(await page("/")).not.toContain("Added while previewing");
  });
});

function podcasterEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST")));
}

function edit(file: string, change: (text: string) => string) {
  const path = join(content, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing: the fixture is not what this test expects`);
  writeFileSync(path, after);
}

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, origin), { signal: AbortSignal.timeout(15_000) });
}

async function page(path: string): Promise<string> {
  const response = await get(path);
  return response.ok ? response.text() : "";
}

/** Polls until `check` holds, for at most `ms`; fails with the dev server's log otherwise. */
async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  let lastError: Error | undefined;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the dev server stopped (exit code ${server.exitCode}):\n${log}`);
    if (await check().catch((error: Error) => ((lastError = error), false))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${ms / 1000} s${lastError ? ` (last: ${lastError.message}, ${String(lastError.cause)})` : ""}. The dev server said:\n${log}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
