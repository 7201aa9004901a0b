/**
 * WebVTT to the transcript model. The file structure comes from the spec
 * parser (webvtt/file-parser.ts), the spoken text and `<v>` speakers from
 * the cue text parser (webvtt/cue-text-parser.ts): markup removed,
 * character references decoded, ruby readings left out.
 *
 * Beyond the spec, for real podcast files, each reported as a warning:
 * bare-seconds times ("14.260 --> 16.140"), and "Name:" / "[SPEAKER_00]:"
 * text prefixes as speakers when a cue has no <v>.
 */
import { buildTranscript, type ParsedSegment } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import type { Transcript, TranscriptWarning } from "./model.ts";
import { prefixStyle, splitPrefix } from "./speaker-prefix.ts";
import { applySubtitleConventions, conventionWarnings, dialogueTurns } from "./subtitle-conventions.ts";
import { collapseRollingCaptions, cueWords, isRollingCaptions } from "./youtube-captions.ts";
import { joinLines } from "./text-join.ts";
import { badTimeColumn, repairedArrowMessage, repairTimingArrow } from "./time-text.ts";
import { cueVoiceRuns, parseCueText } from "./webvtt/cue-text-parser.ts";
import { parseVttFile, VttSignatureError, type VttFile } from "./webvtt/file-parser.ts";

export function parseVtt(text: string, fileName: string): Transcript {
  const warnings: TranscriptWarning[] = [];
  // Damaged arrows are repaired before the spec parser sees the file: to it
  // a line without "-->" is cue text, so the cue would be dropped whole.
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (const [i, line] of lines.entries()) {
    const repaired = repairTimingArrow(line);
    if (!repaired) continue;
    warnings.push({ line: i + 1, message: repairedArrowMessage(repaired.arrow) });
    lines[i] = repaired.line;
  }
  let file: VttFile;
  try {
    file = parseVttFile(warnings.length ? lines.join("\n") : text, { lenientTimestamps: true });
  } catch (error) {
    if (error instanceof VttSignatureError) {
      throw new TranscriptError(fileName, 1, `${error.message} A WebVTT file starts with the line "WEBVTT".`, 1);
    }
    throw error;
  }
  const badTiming = file.dropped.find((d) => d.reason === "bad-timing");
  if (badTiming) {
    const lineText = text.replace(/\r\n?/g, "\n").split("\n")[badTiming.line - 1] ?? "";
    throw new TranscriptError(
      fileName,
      badTiming.line,
      `The cue times "${lineText.trim()}" cannot be read${overSixty(lineText)}. Cue times look like "00:01:02.500 --> 00:01:04.000".`,
      badTimeColumn(lineText, /^(\d+:)?[0-5]?\d:[0-5]\d\.\d{3}$/),
    );
  }
  // A block without a time line is not a cue to the spec, but its words were
  // spoken: they are kept with the cue before it (or the first cue), leaving
  // out a bare cue number and a time line too damaged to read, which are not speech.
  for (const block of file.dropped) {
    const blockLines = block.text.split("\n");
    // A time line the repair could not read: a clock time, or bare seconds followed by something arrow-like.
    const timeLine = blockLines.findIndex((line) => /^\s*(?:\d+:\d|\d+[.,]\d+\s*[-—–=→>])/.test(line));
    const words = blockLines.filter((line, index) => !(index === 0 && /^\s*\d+\s*$/.test(line)) && index !== timeLine && line.trim() !== "");
    if (words.length === 0) continue;
    const before = file.cues.filter((cue) => cue.sourceLine < block.line).at(-1) ?? file.cues[0];
    if (!before) continue;
    before.text = before.sourceLine < block.line ? `${before.text}\n${words.join("\n")}` : `${words.join("\n")}\n${before.text}`;
    const kept = before.sourceLine < block.line ? "cue before it" : "first cue";
    warnings.push(
      timeLine === -1
        ? {
            line: block.line,
            message: `Text without a cue time was kept with the ${kept} (a WebVTT cue needs a line like "00:01:02.500 --> 00:01:04.000"): "${words.join(" ").slice(0, 60)}"`,
          }
        : {
            line: block.line + timeLine,
            message: `The cue times "${blockLines[timeLine]!.trim()}" cannot be read; the words below them were kept with the ${kept}. Cue times look like "00:01:02.500 --> 00:01:04.000".`,
          },
    );
  }
  const lenient = file.cues.filter((c) => c.lenientTiming);
  if (lenient.length) {
    warnings.push({
      line: lenient[0]!.sourceLine,
      message: `${lenient.length} cues have times WebVTT does not allow, such as bare seconds ("14.260" for "00:00:14.260"); they were read anyway.`,
    });
  }

  if (isRollingCaptions(file.cues)) {
    const collapsed = collapseRollingCaptions(file.cues);
    warnings.push({
      line: file.cues[0]!.sourceLine,
      message:
        "These are YouTube-style rolling captions (each line shown twice as it scrolls, with a time for every word): the repeats were collapsed so each word appears once, and the word times were kept.",
    });
    return finish(collapsed);
  }

  // Dialogue dashes: "- Hi." / "- Hello." on two lines of one cue are two turns.
  const runs = file.cues.flatMap((cue) =>
    cueVoiceRuns(parseCueText(cue.text)).flatMap((run) => dialogueTurns(run.text.split("\n")).map((turn) => ({ cue, speaker: run.speaker, text: joinLines(turn) }))),
  );
  const hasVoices = runs.some((r) => r.speaker !== undefined);
  const { known, everyCue } = hasVoices ? { known: new Set<string>(), everyCue: false } : prefixStyle(runs.map((r) => r.text));
  let current: string | undefined;
  let usedPrefix: number | undefined;
  const segments: ParsedSegment[] = runs.map(({ cue, speaker, text: runText }) => {
    let segmentText = runText;
    if (!hasVoices && known.size) {
      const split = splitPrefix(runText, known);
      if (everyCue) current = undefined;
      if (split.speaker) {
        current = split.speaker;
        usedPrefix ??= cue.textLine;
        segmentText = split.text;
      }
      speaker = current;
    }
    // Word times written as cue timestamps (our own export of a transcript with word times does this).
    const words = runs.length === file.cues.length ? cueWords(cue) : undefined;
    return { start: cue.startTime, end: cue.endTime, ...(speaker ? { speaker } : {}), text: segmentText, line: cue.sourceLine, ...(words ? { words } : {}) };
  });
  if (usedPrefix !== undefined) {
    warnings.push({
      line: usedPrefix,
      message: 'Speakers were read from "Name:" at the start of cue text; WebVTT marks speakers with <v Name>.',
    });
  }
  return finish(segments);

  function finish(parsed: ParsedSegment[]): Transcript {
    const conventions = applySubtitleConventions(parsed);
    conventionWarnings(conventions, warnings, parsed[0]?.line ?? 1);
    return buildTranscript("vtt", conventions.segments, warnings, { fileName });
  }
}


/** ": "75" is more than 59 …" when a minutes or seconds field is 60 or more (WebVTT §6.1 fails such a timestamp), else "". */
export function overSixty(line: string): string {
  const field = /(?:^|[^\d])\d+:(\d+):(\d+)|(?:^|[^\d:])(\d+):(\d+)[.,]/.exec(line.split("-->").find((part) => /:(?:[6-9]\d)/.test(part)) ?? "");
  if (!field) return "";
  const value = [field[1], field[2], field[3], field[4]].find((v) => v !== undefined && Number(v) > 59 && v.length <= 2);
  return value === undefined ? "" : `: "${value}" is not a number of minutes or seconds (they go from 00 to 59)`;
}
