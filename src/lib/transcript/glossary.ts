/**
 * Per-show corrections of speech-recognition errors, applied at build time
 * to what is displayed and searched; the transcript file is never changed.
 *
 * The file (e.g. content/glossary.yaml) is a YAML list; each entry names
 * the correct spelling and the ways the recogniser heard it:
 *
 *   - meant: OpenAI
 *     heard: [open eye, OKI, open AI]
 *   - meant: 护城河
 *     heard: [互衬和, 互征和]
 *
 * `heard` may be a single string. Matching (issue 3): a form with any CJK
 * character is replaced exactly where it occurs (Chinese has no word
 * boundaries to respect); a Latin-script form only as whole words (not
 * inside a longer Latin word, "OKI" does not touch "OKIE"), ignoring case
 * (recognisers vary it: "monica", "Monica"). Speaker names are corrected
 * too.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { TranscriptError } from "./errors.ts";
import type { Transcript } from "./model.ts";
import { isCjk } from "./text-join.ts";

export interface GlossaryEntry {
  meant: string;
  heard: string[];
}

export type Glossary = GlossaryEntry[];

export function parseGlossary(yamlText: string, fileName: string): Glossary {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 });
  if (document.errors.length) {
    const error = document.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new TranscriptError(fileName, line, `This glossary is not valid YAML: ${error.message.split("\n")[0]}`, col);
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isSeq(root)) {
    throw new TranscriptError(fileName, lineOf(root as Node).line, 'A glossary is a list of entries, each "- meant: …" with "heard: [ … ]".');
  }
  return root.items.map((item) => {
    const { line } = lineOf(item as Node);
    if (!isMap(item)) throw new TranscriptError(fileName, line, 'Each glossary entry needs "meant" (the right spelling) and "heard" (what the recogniser wrote).');
    const meant: unknown = item.get("meant");
    const heardNode = item.get("heard", true);
    const heard = isSeq(heardNode)
      ? heardNode.items.map((h) => (isScalar(h) ? String(h.value) : ""))
      : isScalar(heardNode)
        ? [String(heardNode.value)]
        : [];
    if (typeof meant !== "string" || meant.trim() === "") throw new TranscriptError(fileName, line, 'This glossary entry has no "meant" spelling.');
    if (heard.length === 0 || heard.some((h) => h.trim() === "")) {
      throw new TranscriptError(fileName, line, `The entry for "${meant}" needs "heard": the wrong spellings to replace.`);
    }
    return { meant, heard };
  });
}

export function applyGlossary(transcript: Transcript, glossary: Glossary): Transcript {
  const rules = glossary.flatMap((entry) => entry.heard.map((heard) => ({ pattern: patternFor(heard), meant: entry.meant })));
  // Longest forms first, so "open AI" is fixed before a shorter overlapping form.
  rules.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  const fix = (text: string) => rules.reduce((t, rule) => t.replace(rule.pattern, () => rule.meant), text);
  const segments = transcript.segments.map((s) => ({ ...s, text: fix(s.text), ...(s.speaker ? { speaker: fix(s.speaker) } : {}) }));
  return { ...transcript, segments, speakers: [...new Set(transcript.speakers.map(fix))] };
}

function patternFor(heard: string): RegExp {
  const escaped = heard.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+");
  if ([...heard].some(isCjk)) return new RegExp(escaped, "gu");
  return new RegExp(`(?<![\\p{Script=Latin}\\p{N}_])${escaped}(?![\\p{Script=Latin}\\p{N}_])`, "giu");
}
