/**
 * The CLI as a podcaster runs it: bin/shownotes.mjs spawned with the
 * project's Node (vitest runs on it, so process.execPath is Node 24).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(repoRoot, "../shared/corpus");
const seed = path.resolve(repoRoot, "../shared/seed/transcript.zh.txt");

function shownotes(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, "bin/shownotes.mjs"), ...args], { encoding: "utf8", cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe.concurrent("shownotes", { timeout: 30_000 }, () => {
  it("--help lists the commands", async () => {
    const { code, stdout } = await shownotes("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: shownotes <command> [options]");
    expect(stdout).toMatch(/^ {2}convert {4}Convert a transcript/m);
  });

  it("an unknown command says so", async () => {
    const { code, stderr } = await shownotes("publish");
    expect(code).toBe(2);
    expect(stderr).toBe('shownotes: there is no command "publish". Run "shownotes --help" to see the commands.\n');
  });
});

describe.concurrent("shownotes convert", { timeout: 30_000 }, () => {
  it("prints SRT for a WebVTT file, warnings on stderr", async () => {
    const { code, stdout, stderr } = await shownotes("convert", path.join(corpus, "vtt/podcastindex-example.vtt"), "--to", "srt");
    expect(code).toBe(0);
    expect(stdout.startsWith("1\n00:00:00,000 --> 00:00:02,760\nSarah: In today's episode, you'll learn whether or not you\n\n2\n")).toBe(true);
    expect(stderr).toBe("");
  });

  it("prints Podcasting 2.0 JSON and reports repairs as file:line warnings", async () => {
    const { code, stdout, stderr } = await shownotes("convert", path.join(corpus, "srt/swift-server-episode-17.srt"), "--to", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).segments[0]).toEqual({ startTime: 0, endTime: 5, body: "I think in terms of news, what would be great to kick off with is Swift Server." });
    expect(stderr.split("\n")[0]).toBe('swift-server-episode-17.srt:1  warning: Times use "." before the milliseconds; SRT uses ",". Read them anyway.');
  });

  it("refuses a timed format for untimed text, suggesting txt, and says --duration does not change that", async () => {
    const { code, stdout, stderr } = await shownotes("convert", seed, "--to", "vtt");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "transcript.zh.txt: cannot write WebVTT: it has no times (or only a few), and WebVTT needs an exact time for every line. Use --to txt (or --to html) instead. --duration does not unlock WebVTT: it only estimates times, and estimates are never written as exact ones.\n",
    );
    const withDuration = await shownotes("convert", seed, "--to", "srt", "--duration", "1200");
    expect(withDuration.code).toBe(1);
    expect(withDuration.stderr).toContain("cannot write SRT: its times are only estimates (from --duration)");
  });

  it("writes the seed as text, with the glossary and estimated times marked as such", async () => {
    const { code, stdout } = await shownotes("convert", seed, "--to", "txt", "--duration", "20:00", "--glossary", "content/glossary.yaml");
    expect(code).toBe(0);
    const paragraphs = stdout.trim().split("\n\n");
    // The recogniser's breaks are written back as its spaces.
    expect(paragraphs[0]?.startsWith("(about 0:00) 是不是是不是too early to investment 然后我觉得呃其实现在应该是说不能过早的投过多的钱 就是因为")).toBe(true);
    expect(paragraphs[1]).toMatch(/^\(about \d+:\d\d\) /);
    expect(stdout).toContain("OpenAI训练这个GPT-3花了");
    expect(stdout).not.toContain("蔡GBT");
  });

  it("--from overrides recognition", async () => {
    const { code, stdout } = await shownotes("convert", path.join(corpus, "text/whisper-timestamped-verbose-fr.stdout.txt"), "--from", "plain", "--to", "txt");
    expect(code).toBe(0);
    expect(stdout.startsWith("[00:00.440 --> 00:01.440] Bonjour !")).toBe(true);
  });

  it("unreadable input: file:line:column and the reason, no stack trace", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "shownotes-"));
    const file = path.join(dir, "broken.srt");
    writeFileSync(file, "1\n00:00:01,000 --> 00:00:0x,000\nHello\n");
    const { code, stdout, stderr } = await shownotes("convert", file, "--to", "vtt");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('broken.srt:2:18  The cue times "00:00:01,000 --> 00:00:0x,000" cannot be read. SRT cue times look like "00:01:02,500 --> 00:01:04,000".\n');
  });

  it("a missing file and bad options", async () => {
    expect(await shownotes("convert", "nope.srt", "--to", "vtt")).toEqual({ code: 1, stdout: "", stderr: "nope.srt: cannot open the file: there is no such file.\n" });
    expect((await shownotes("convert", "x.srt", "--to", "pdf")).stderr).toBe(
      'shownotes convert: --to must be one of json, vtt, srt, html, txt.\nRun "shownotes convert --help" for the options.\n',
    );
    expect((await shownotes("convert", "x.srt", "--to", "txt", "--duration", "soon")).stderr).toContain('--duration "soon" is not a length');
  });

  it("convert --help is written for a podcaster", async () => {
    const { code, stdout } = await shownotes("convert", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Estimated times\n                       are never written into json, vtt or srt");
  });
});

describe("shownotes in a pipe", { timeout: 60_000 }, () => {
  // `head -1` closes the pipe after one line; output long enough to still be
  // writing then (a few hundred kilobytes) used to end in an EPIPE stack trace.
  it.each(["vtt", "srt", "txt", "json"])("convert --to %s | head -1 exits quietly", async (to) => {
    const dir = mkdtempSync(path.join(tmpdir(), "shownotes-pipe-"));
    const file = path.join(dir, "long.vtt");
    const cues = Array.from({ length: 6000 }, (_, i) => `${stamp(i)} --> ${stamp(i + 0.5)}\nline number ${i} of a long episode`);
    writeFileSync(file, `WEBVTT\n\n${cues.join("\n\n")}\n`);
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        "/bin/sh",
        ["-c", `"${process.execPath}" "${path.join(repoRoot, "bin/shownotes.mjs")}" convert "${file}" --to ${to} | head -1`],
        { encoding: "utf8", cwd: repoRoot },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.code).toBe(0);
  });
});

function stamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${s.toFixed(3).padStart(6, "0")}`;
}
