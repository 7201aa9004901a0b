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
 * `heard` may be a single string. Matching: a form with any CJK
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
  /** Where the entry starts in the glossary file, for reporting. */
  line?: number;
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
    return { meant, heard, line };
  });
}

export interface GlossaryProblem {
  line: number;
  severity: "error" | "warning";
  message: string;
}

/**
 * Entries that contradict each other. The same heard form under two
 * spellings is ambiguous (an error: which one is meant?). A spelling that is
 * also another entry's heard form (`foo → bar` and `bar → foo`, or a chain
 * `a → b → c`) is applied once, in one pass, never as a chain: said as a
 * warning, since the podcaster may have expected the chain.
 */
export function glossaryProblems(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const owner = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    for (const heard of entry.heard) {
      const key = formKey(heard);
      const other = owner.get(key);
      if (other && other.meant !== entry.meant) {
        problems.push({ line: entry.line ?? 1, severity: "error", message: `"${heard}" is listed as heard for both "${other.meant}" (line ${other.line ?? 1}) and "${entry.meant}": keep it under one of them` });
      } else if (!other) owner.set(key, entry);
    }
  }
  for (const entry of glossary) {
    const target = owner.get(formKey(entry.meant));
    if (target && target !== entry && target.meant !== entry.meant) {
      problems.push({
        line: entry.line ?? 1,
        severity: "warning",
        message: `"${entry.meant}" is the correct spelling here but also a heard form of "${target.meant}" (line ${target.line ?? 1}); corrections are made once, in one pass, so a "${entry.meant}" in the transcript becomes "${target.meant}" while a corrected one stays "${entry.meant}": check this is what you mean`,
      });
    }
  }
  return problems;
}

/** Latin forms match ignoring case and runs of spaces; CJK forms exactly. */
function formKey(form: string): string {
  return [...form].some(isCjk) ? form : form.toLowerCase().replace(/\s+/g, " ");
}

/**
 * All corrections in one pass over each text: one regular expression with
 * every heard form as an alternative, longest first (so "open AI" wins over a
 * shorter form at the same place), and the replacement looked up by which
 * alternative matched. Replaced text is never searched again, so `foo → bar`
 * with `bar → foo` swaps the two words instead of chaining them.
 */
export function applyGlossary(transcript: Transcript, glossary: Glossary): Transcript {
  const rules = glossary.flatMap((entry) => entry.heard.map((heard) => ({ heard, source: patternFor(heard), meant: entry.meant })));
  if (rules.length === 0) return transcript;
  rules.sort((a, b) => b.heard.length - a.heard.length);
  // Each alternative is its own capture group; Latin ones ignore case through an inline (?i:…) modifier.
  const pattern = new RegExp(rules.map((rule) => `(${rule.source})`).join("|"), "gu");
  const fix = (text: string) =>
    text.replace(pattern, (...match: unknown[]) => {
      const index = match.slice(1, rules.length + 1).findIndex((group) => group !== undefined);
      return rules[index]!.meant;
    });
  const segments = transcript.segments.map((s) => ({ ...s, text: fix(s.text), ...(s.speaker ? { speaker: fix(s.speaker) } : {}) }));
  return { ...transcript, segments, speakers: [...new Set(transcript.speakers.map(fix))] };
}

/** The regular expression source for one heard form (no capture groups of its own, so group numbers stay one per rule). */
function patternFor(heard: string): string {
  const escaped = heard.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+");
  if ([...heard].some(isCjk)) return escaped;
  return `(?<![\\p{Script=Latin}\\p{N}_])(?i:${escaped})(?![\\p{Script=Latin}\\p{N}_])`;
}
