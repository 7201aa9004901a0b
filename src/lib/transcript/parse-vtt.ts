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
import { buildTranscript } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import type { Segment, Transcript, TranscriptWarning } from "./model.ts";
import { prefixStyle, splitPrefix } from "./speaker-prefix.ts";
import { joinLines } from "./text-join.ts";
import { badTimeColumn } from "./time-text.ts";
import { cueVoiceRuns, parseCueText } from "./webvtt/cue-text-parser.ts";
import { parseVttFile, VttSignatureError, type VttFile } from "./webvtt/file-parser.ts";

export function parseVtt(text: string, fileName: string): Transcript {
  let file: VttFile;
  try {
    file = parseVttFile(text, { lenientTimestamps: true });
  } catch (error) {
    if (error instanceof VttSignatureError) {
      throw new TranscriptError(fileName, 1, `${error.message} A WebVTT file starts with the line "WEBVTT".`, 1);
    }
    throw error;
  }
  const warnings: TranscriptWarning[] = [];
  const badTiming = file.dropped.find((d) => d.reason === "bad-timing");
  if (badTiming) {
    const lineText = text.replace(/\r\n?/g, "\n").split("\n")[badTiming.line - 1] ?? "";
    throw new TranscriptError(
      fileName,
      badTiming.line,
      `The cue times "${lineText.trim()}" cannot be read. Cue times look like "00:01:02.500 --> 00:01:04.000".`,
      badTimeColumn(lineText, /^(\d+:)?\d{1,2}:\d{2}\.\d{3}$/),
    );
  }
  for (const block of file.dropped) {
    warnings.push({
      line: block.line,
      message: `Text without cue times was skipped (a WebVTT cue needs a time line): "${block.text.slice(0, 60)}"`,
    });
  }
  const lenient = file.cues.filter((c) => c.lenientTiming);
  if (lenient.length) {
    warnings.push({
      line: lenient[0]!.sourceLine,
      message: `${lenient.length} cues have times WebVTT does not allow, such as bare seconds ("14.260" for "00:00:14.260"); they were read anyway.`,
    });
  }

  const runs = file.cues.flatMap((cue) =>
    cueVoiceRuns(parseCueText(cue.text)).map((run) => ({ cue, speaker: run.speaker, text: joinLines(run.text.split("\n")) })),
  );
  const hasVoices = runs.some((r) => r.speaker !== undefined);
  const { known, everyCue } = hasVoices ? { known: new Set<string>(), everyCue: false } : prefixStyle(runs.map((r) => r.text));
  let current: string | undefined;
  let usedPrefix: number | undefined;
  const segments: Segment[] = runs.map(({ cue, speaker, text: runText }) => {
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
    return { start: cue.startTime, end: cue.endTime, ...(speaker ? { speaker } : {}), text: segmentText };
  });
  if (usedPrefix !== undefined) {
    warnings.push({
      line: usedPrefix,
      message: 'Speakers were read from "Name:" at the start of cue text; WebVTT marks speakers with <v Name>.',
    });
  }
  return buildTranscript("vtt", segments, warnings);
}

