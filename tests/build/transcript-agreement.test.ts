/**
 * If `shownotes check` passes, the build passes, for transcripts from the
 * wild: each input below goes through the real CLI check and the real
 * build. Accepted ones build, and their words reach the page and the
 * exports as they were spoken; refused ones are refused by the check with
 * file, line and a sentence, and the build stops with the same message.
 * Written against public behaviour only (the CLI, the built files).
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, repoRoot } from "../support/build-site.ts";

const root = "tests/.transcript-agreement";
const fixtures = join(repoRoot, "tests/fixtures/transcripts");
const fixture = (name: string) => readFileSync(join(fixtures, name));

const SHOW = "title: Transcripts from the wild\ndescription: Transcripts as podcasters have them.\nlanguage: en\nurl: https://podcast.example.com/\nauthor: Monica\nhosts: [monica]\n";
const PEOPLE = "monica:\n  name: Monica\n";

type Input = { slug: string; file: string; bytes: Uint8Array | string };

const accepted: (Input & { page: string[]; notOnPage?: string[] })[] = [
  { slug: "gbk-srt", file: "transcript.srt", bytes: fixture("encodings/gbk.srt"), page: ["大家好，欢迎收听我们的节目。"] },
  { slug: "otter", file: "transcript.txt", bytes: fixture("otter/otter-export.txt"), page: ["And about hiring, which is harder than it looks.", "Bob Stone"], notOnPage: ["otter.ai"] },
  { slug: "youtube", file: "transcript.vtt", bytes: fixture("youtube/auto-captions.en.vtt"), page: ["today we talk moats"], notOnPage: ["moats today we talk moats", "&gt;&gt;"] },
  { slug: "rev", file: "transcript.txt", bytes: fixture("rev/rev-export.txt"), page: ["s been a while.", "Bob Stone"] },
  { slug: "html-page", file: "transcript.html", bytes: fixture("html/transcript-page.html"), page: ["Let’s talk about hiring.", "It is harder than it looks."], notOnPage: ["secret script words", "Secret style words"] },
  { slug: "aws", file: "transcript.json", bytes: fixture("json/aws-transcribe.json"), page: ["Thanks, Ana."] },
  {
    slug: "damaged-arrow",
    file: "transcript.srt",
    bytes: "1\n00:00:01,000 --> 00:00:02,000\nfirst words here\n\n2\n00:00:03,000 -> 00:00:04,000\nsecond words here\n",
    page: ["second words here"],
    notOnPage: ["00:00:03,000", "here 2 "],
  },
  {
    slug: "ends-before-start",
    file: "transcript.vtt",
    bytes: "WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nthe first line\n\n00:00:07.000 --> 00:00:08.000\nthe second line\n",
    page: ["the first line", "the second line"],
  },
  { slug: "nul", file: "transcript.srt", bytes: fixture("encodings/nul.srt"), page: ["Hello there."], notOnPage: ["\u0000"] },
  { slug: "entities", file: "transcript.txt", bytes: fixture("text/entities.md"), page: ["s Q&amp;A time, folks.", "Jerry"], notOnPage: ["&amp;amp;", "&amp;#39;", "&amp;nbsp;"] },
];

const refused: (Input & { problem: string })[] = [
  {
    slug: "huge-time",
    file: "transcript.json",
    bytes: '{"version": "1.0.0", "segments": [\n  {"startTime": 0, "endTime": 1, "body": "a"},\n  {"startTime": 1e308, "body": "b"}\n]}',
    problem: "transcript.json:3:1  The start time 1e+308 (seconds) is not a time in an episode: times must be between 0 and 100 hours. Fix the time on this line.",
  },
  {
    slug: "seventy-five-seconds",
    file: "transcript.srt",
    bytes: "1\n00:00:01,000 --> 00:00:75,000\nfirst\n",
    problem: 'transcript.srt:2:18  The cue times "00:00:01,000 --> 00:00:75,000" cannot be read: "75" is not a number of minutes or seconds (they go from 00 to 59). SRT cue times look like "00:01:02,500 --> 00:01:04,000".',
  },
  {
    slug: "only-webvtt",
    file: "transcript.vtt",
    bytes: "WEBVTT\n",
    problem: "transcript.vtt:1:1  There are no words in this transcript (only its header, times or markup). Export it again from your transcription tool.",
  },
  {
    slug: "last-cue-backwards",
    file: "transcript.srt",
    bytes: "1\n00:00:05,000 --> 00:00:03,000\nfirst\n",
    problem: "transcript.srt:2:1  This line ends (0:03) before it starts (0:05). Fix its end time.",
  },
];

function writeShow(dir: string, inputs: Input[]): void {
  rmSync(join(repoRoot, dir), { recursive: true, force: true });
  mkdirSync(join(repoRoot, dir, "episodes"), { recursive: true });
  writeFileSync(join(repoRoot, dir, "show.yaml"), SHOW);
  writeFileSync(join(repoRoot, dir, "people.yaml"), PEOPLE);
  inputs.forEach((input, index) => {
    const folder = join(repoRoot, dir, "episodes", input.slug);
    mkdirSync(folder);
    writeFileSync(join(folder, "index.md"), `---\ntitle: ${input.slug}\ndate: 2024-03-${String(index + 1).padStart(2, "0")}\nnumber: ${index + 1}\n---\n\nAn episode.\n`);
    writeFileSync(join(folder, input.file), input.bytes);
  });
}

function check(content: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, "bin/shownotes.mjs"), "check", "--content", content], { cwd: repoRoot, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

const workDir = await mkdtemp(join(tmpdir(), "shownotes-agreement-"));
beforeAll(() => {
  writeShow(`${root}/accepted`, accepted);
  writeShow(`${root}/refused`, refused);
});
afterAll(async () => {
  rmSync(join(repoRoot, root), { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

describe("transcripts the check accepts build, with every word on the page", () => {
  it("check passes, the build passes, the pages show the words", async () => {
    const content = `${root}/accepted`;
    const checked = await check(content);
    expect(checked.code, checked.output).toBe(0);
    const outDir = join(workDir, "accepted");
    const built = await buildSite({ content, outDir });
    expect(built.exitCode, built.log).toBe(0);
    for (const input of accepted) {
      const html = readFileSync(join(outDir, "episodes", input.slug, "index.html"), "utf8");
      for (const text of input.page) expect(html, `${input.slug}: ${text}`).toContain(text);
      for (const text of input.notOnPage ?? []) expect(html, `${input.slug}: ${text}`).not.toContain(text);
    }
    // Never written out with an end before its start.
    const vtt = readFileSync(join(outDir, "episodes", "ends-before-start", "transcript.vtt"), "utf8");
    expect(vtt).toContain("00:00:05.000 --> 00:00:07.000\nthe first line");
  }, 240_000);
});

describe("transcripts the check refuses stop the build with the same message", () => {
  it("check names file, line and the problem; the build stops on it", async () => {
    const content = `${root}/refused`;
    const checked = await check(content);
    expect(checked.code).toBe(1);
    const built = await buildSite({ content, outDir: join(workDir, "refused") });
    expect(built.exitCode).not.toBe(0);
    for (const input of refused) {
      const line = `${content}/episodes/${input.slug}/${input.problem}`;
      expect(checked.output).toContain(line);
      expect(built.log).toContain(line);
    }
  }, 240_000);
});
