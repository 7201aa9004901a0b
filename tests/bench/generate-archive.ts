/**
 * Synthetic archive for the benchmark: N two-hour episodes in a folder laid
 * out exactly like a podcaster's `content/` (show.yaml, people.yaml,
 * episodes/<slug>/index.md + transcript.{txt,vtt,srt,json}), plus the same
 * spoken text as plain paragraphs in `floor-text/<slug>.txt` for the floor
 * project (tests/bench/floor), so both builds render the same words.
 *
 * Chinese transcripts are ~30,000 characters recombined from the seed
 * recording (/work/shared/seed/transcript.zh.txt); English ones ~20,000 words
 * recombined from permissively licensed corpus transcripts (CC0, MIT,
 * Apache-2.0 only; see /work/shared/corpus/SOURCES.md). Output is
 * deterministic for a given (episodes, lang).
 *
 * Usage: node tests/bench/generate-archive.ts --episodes 200 --lang zh [--out DIR]
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export type BenchLang = "zh" | "en";

export interface Archive {
  /** Folder holding show.yaml, people.yaml and episodes/. */
  contentDir: string;
  /** Folder holding `<slug>.txt` (paragraphs separated by blank lines) for the floor build. */
  floorTextDir: string;
  slugs: string[];
  /** A word certainly present in the archive, for the first-query measurement. */
  query: string;
}

const sharedDir = fileURLToPath(new URL("../../../shared/", import.meta.url));
const seedFile = join(sharedDir, "seed/transcript.zh.txt");

/** English sources: permissive licences only (checked against corpus/SOURCES.md). */
const englishSources = [
  "srt/podcastindex-example.srt", // CC0-1.0
  "srt/postgresfm-bloat.srt", // Apache-2.0
  "vtt/postgresfm-managed-services-vs-diy.vtt", // Apache-2.0
  "vtt/data-engineering-podcast-zenlytic.vtt.txt", // Apache-2.0
  "p20-json/buzzcast.json", // MIT
  "text/chaincode-podcast-assumeutxo.md", // MIT
];

const EPISODE_SECONDS = 2 * 60 * 60;
const ZH_TARGET_CHARS = 30_000;
const EN_TARGET_WORDS = 20_000;
const SPEAKERS = { zh: ["Monica", "Bio", "Guest"], en: ["Alex", "Sam", "Guest"] } as const;
const FORMATS = ["txt", "vtt", "srt", "json"] as const;

/** Small deterministic PRNG (mulberry32), so every run builds the same archive. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cue text of SRT/VTT/JSON/Markdown transcripts, as a flat list of utterances. */
function utterancesOf(name: string, source: string): string[] {
  if (name.endsWith(".json")) {
    return (JSON.parse(source).segments as { body: string }[]).map((s) => s.body.trim());
  }
  return source
    .replace(/^---[\s\S]*?\n---\n/, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/<[^>]+>/g, "").replace(/^[A-Z][\w' .]{0,30}:\s(?=\S)/, "").trim())
    .filter(
      (line) =>
        line.length > 0 &&
        !/^\d+$/.test(line) &&
        !/-->/.test(line) &&
        !/^(WEBVTT|NOTE)\b/.test(line) &&
        !/^#/.test(line) &&
        !/:\s*\d\d:\d\d:\d\d$/.test(line) &&
        !/^\d\d:\d\d:\d\d$/.test(line),
    );
}

async function sourcePool(lang: BenchLang): Promise<{ pieces: string[]; englishWords: string[] }> {
  const english: string[] = [];
  for (const name of englishSources) english.push(...utterancesOf(name, await readFile(join(sharedDir, "corpus", name), "utf8")));
  const englishWords = [...new Set(english.join(" ").split(/\s+/).map((w) => w.replace(/[^A-Za-z]/g, "")).filter((w) => w.length > 3))];
  if (lang === "en") return { pieces: english, englishWords };
  const seed = (await readFile(seedFile, "utf8")).trim().split(" ").filter(Boolean);
  return { pieces: seed, englishWords };
}

interface Turn {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

/**
 * One episode's speech: pieces of the pool drawn at random until the target
 * size, grouped into speaker turns, each turn a few cues long. Chinese text
 * gets an occasional English term (the show mixes languages), which also
 * gives every episode some vocabulary of its own.
 */
function episodeTurns(index: number, lang: BenchLang, pool: { pieces: string[]; englishWords: string[] }): Turn[] {
  const next = random(index * 7919 + (lang === "zh" ? 1 : 2));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const cues: string[] = [];
  let size = 0;
  const target = lang === "zh" ? ZH_TARGET_CHARS : EN_TARGET_WORDS;
  while (size < target) {
    let piece = pick(pool.pieces);
    if (lang === "zh" && next() < 0.15) piece = `${piece} ${pick(pool.englishWords)}`;
    cues.push(piece);
    size += lang === "zh" ? piece.replace(/\s/g, "").length : piece.split(/\s+/).length;
  }
  const totalWeight = cues.reduce((sum, cue) => sum + cue.length, 0);
  const turns: Turn[] = [];
  let clock = 0;
  let speaker = SPEAKERS[lang][0] as string;
  for (let i = 0; i < cues.length; ) {
    const count = 3 + Math.floor(next() * 8);
    for (const cue of cues.slice(i, i + count)) {
      const end = clock + (cue.length / totalWeight) * EPISODE_SECONDS;
      turns.push({ speaker, start: clock, end, text: cue });
      clock = end;
    }
    i += count;
    speaker = pick(SPEAKERS[lang].filter((s) => s !== speaker));
  }
  return turns;
}

const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, "0");
function clock(seconds: number, separator: "." | ",") {
  const ms = Math.round(seconds * 1000);
  return `${pad(ms / 3_600_000)}:${pad((ms / 60_000) % 60)}:${pad((ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}
const short = (seconds: number) => `${pad(seconds / 3600)}:${pad((seconds / 60) % 60)}:${pad(seconds % 60)}`;

/** The transcript in one of its real formats; `paragraphs` is the same speech for the floor. */
function transcriptFile(format: (typeof FORMATS)[number], turns: Turn[], lang: BenchLang): string {
  const join = lang === "zh" ? " " : " ";
  switch (format) {
    case "txt": {
      // Like the seed: recogniser output, no times; one speaker turn per paragraph.
      const paragraphs: string[] = [];
      let current: Turn[] = [];
      for (const turn of turns) {
        if (current.length > 0 && current[0]!.speaker !== turn.speaker) {
          paragraphs.push(current.map((t) => t.text).join(join));
          current = [];
        }
        current.push(turn);
      }
      if (current.length) paragraphs.push(current.map((t) => t.text).join(join));
      return paragraphs.join("\n\n") + "\n";
    }
    case "vtt":
      return `WEBVTT\n\n${turns.map((t) => `${clock(t.start, ".")} --> ${clock(t.end, ".")}\n<v ${t.speaker}>${t.text}`).join("\n\n")}\n`;
    case "srt":
      return (
        turns
          .map((t, i) => {
            const label = i === 0 || turns[i - 1]!.speaker !== t.speaker ? `${t.speaker}: ` : "";
            return `${i + 1}\n${clock(t.start, ",")} --> ${clock(t.end, ",")}\n${label}${t.text}`;
          })
          .join("\n\n") + "\n"
      );
    case "json":
      // Podcasting 2.0 JSON transcript (application/json).
      return JSON.stringify({
        version: "1.0.0",
        segments: turns.map((t) => ({
          speaker: t.speaker,
          startTime: Math.round(t.start * 1000) / 1000,
          endTime: Math.round(t.end * 1000) / 1000,
          body: t.text,
        })),
      });
  }
}

function floorText(turns: Turn[], lang: BenchLang): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let speaker = turns[0]?.speaker;
  for (const turn of turns) {
    if (turn.speaker !== speaker) {
      paragraphs.push(current.join(lang === "zh" ? " " : " "));
      current = [];
      speaker = turn.speaker;
    }
    current.push(turn.text);
  }
  if (current.length) paragraphs.push(current.join(" "));
  return paragraphs.join("\n\n") + "\n";
}

function summary(index: number, turns: Turn[], lang: BenchLang, timed: boolean): string {
  const next = random(index * 104729 + 3);
  const date = new Date(Date.UTC(2015, 0, 1) + index * 3 * 86_400_000).toISOString().slice(0, 10);
  const quote = (t: Turn) => t.text.split(/\s+/).slice(0, lang === "zh" ? 1 : 6).join(" ").slice(0, 40);
  const cite = () => turns[Math.floor(next() * turns.length)]!;
  const chapterStarts = [0, 900, 1800, 2700, 3600, 4500, 5400, 6300];
  const zh = lang === "zh";
  const lines = [
    "---",
    // JSON strings are valid YAML scalars, so a colon in a title stays text.
    `title: ${JSON.stringify(zh ? `第 ${index + 1} 期：AI、创业与投资` : `Episode ${index + 1}: data, databases and shipping`)}`,
    `date: ${date}`,
    `number: ${index + 1}`,
    `duration: "2:00:00"`,
    `description: ${JSON.stringify(zh ? `第 ${index + 1} 期长谈：技术变化、护城河与人才。` : `A two-hour conversation, part ${index + 1}.`)}`,
    `audio: https://podcast.example.com/audio/episode-${index + 1}.mp3`,
    "guests: [guest]",
    `tags: [${zh ? "AI, 创业" : "databases, podcasting"}]`,
    "---",
    "",
    zh
      ? `这是第 ${index + 1} 期节目的摘要。主持人和嘉宾聊了两个小时，下面是要点和章节。`
      : `This is the summary of episode ${index + 1}. The hosts talked for two hours; takeaways and chapters follow.`,
    "",
    zh ? "## 要点" : "## Key takeaways",
    "",
  ];
  for (let i = 0; i < 5; i++) {
    const turn = cite();
    // An untimed transcript (txt) gets estimated times only, so its takeaways cite no moment.
    const time = timed ? ` [${short(Math.floor(turn.start))}]` : "";
    lines.push(
      zh
        ? `- **第 ${i + 1} 点。** 嘉宾说到“${quote(turn)}”${time}，并解释了原因。`
        : `- **Point ${i + 1}.** A guest says "${quote(turn)}"${time} and explains why.`,
    );
  }
  lines.push("", zh ? "## 章节" : "## Chapters", "");
  chapterStarts.forEach((start, i) => lines.push(`- ${short(start)} ${zh ? `第 ${i + 1} 部分` : `Part ${i + 1}`}`));
  return lines.join("\n") + "\n";
}

export async function generateArchive(options: { episodes: number; lang: BenchLang; out?: string | undefined }): Promise<Archive> {
  const root = options.out ?? (await mkdtemp(join(tmpdir(), `shownotes-bench-${options.lang}-`)));
  const contentDir = join(root, "content");
  const floorTextDir = join(root, "floor-text");
  await mkdir(join(contentDir, "episodes"), { recursive: true });
  await mkdir(floorTextDir, { recursive: true });
  const zh = options.lang === "zh";
  await writeFile(
    join(contentDir, "show.yaml"),
    [
      `title: ${zh ? "基准测试播客" : "Benchmark Podcast"}`,
      `description: ${zh ? "用于性能测试的合成节目档案。" : "A synthetic archive for the benchmark."}`,
      `language: ${zh ? "zh-CN" : "en"}`,
      "url: https://podcast.example.com/",
      "author: Bench",
      "hosts: [host, cohost]",
      "",
    ].join("\n"),
  );
  const [host, cohost] = SPEAKERS[options.lang];
  await writeFile(
    join(contentDir, "people.yaml"),
    `host:\n  name: ${host}\n  aliases: [${host}]\ncohost:\n  name: ${cohost}\n  aliases: [${cohost}]\nguest:\n  name: Guest\n  aliases: [Guest]\n`,
  );
  const pool = await sourcePool(options.lang);
  const slugs: string[] = [];
  for (let i = 0; i < options.episodes; i++) {
    const slug = `episode-${String(i + 1).padStart(4, "0")}`;
    const turns = episodeTurns(i, options.lang, pool);
    const format = FORMATS[i % FORMATS.length]!;
    const folder = join(contentDir, "episodes", slug);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "index.md"), summary(i, turns, options.lang, format !== "txt"));
    await writeFile(join(folder, `transcript.${format}`), transcriptFile(format, turns, options.lang));
    await writeFile(join(floorTextDir, `${slug}.txt`), floorText(turns, options.lang));
    slugs.push(slug);
  }
  return { contentDir, floorTextDir, slugs, query: zh ? "创业" : "database" };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const archive = await generateArchive({
    episodes: Number(arg("episodes") ?? 200),
    lang: arg("lang") === "en" ? "en" : "zh",
    out: arg("out"),
  });
  console.log(`${archive.slugs.length} episodes in ${archive.contentDir}`);
}
