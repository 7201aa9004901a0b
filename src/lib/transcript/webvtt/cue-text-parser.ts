/**
 * WebVTT cue text parsing: the tokenizer and tree builder of W3C WebVTT
 * §6.4 "WebVTT cue text parsing rules"
 * (https://w3c.github.io/webvtt/#cue-text-parsing-rules).
 *
 * Character references follow HTML's rules (named, legacy without ";",
 * numeric), which is what `parse-entities` implements, so we use it rather
 * than a hand-made table (webvtt-parser gets `&amp;` wrong without its map).
 */
import { decodeString as decodeEntities } from "./entities.ts";
import { collectTimestamp } from "./timestamp.ts";

export type CueNode = CueText | CueElement | CueTimestamp;

export interface CueText {
  type: "text";
  value: string;
}

export interface CueElement {
  type: "element";
  /** c, i, b, u, ruby, rt, v, lang */
  name: string;
  classes: string[];
  /** The voice name of <v>, the language of <lang>. */
  annotation?: string;
  children: CueNode[];
}

export interface CueTimestamp {
  type: "timestamp";
  seconds: number;
}

export interface CueRoot {
  type: "root";
  children: CueNode[];
}

type Token =
  | { type: "string"; value: string }
  | { type: "start"; name: string; classes: string[]; annotation: string }
  | { type: "end"; name: string }
  | { type: "timestamp"; value: string };

/** §6.4 "WebVTT cue text tokenizer". */
function* tokenize(input: string): Generator<Token> {
  let position = 0;
  while (position < input.length) {
    let state: "data" | "tag" | "startTag" | "startTagClass" | "startTagAnnotation" | "endTag" | "timestampTag" =
      "data";
    let result = "";
    let buffer = "";
    const classes: string[] = [];
    let token: Token | null = null;
    while (token === null) {
      const c = position < input.length ? input.charAt(position) : null;
      switch (state) {
        case "data":
          if (c === "<") {
            if (result === "") {
              state = "tag";
            } else {
              token = { type: "string", value: decodeEntities(result) };
              continue; // leave "<" for the next token
            }
          } else if (c === null) {
            token = { type: "string", value: decodeEntities(result) };
            continue;
          } else {
            result += c;
          }
          break;
        case "tag":
          if (c !== null && "\t\n\f ".includes(c)) state = "startTagAnnotation";
          else if (c === ".") state = "startTagClass";
          else if (c === "/") state = "endTag";
          else if (c !== null && /[0-9]/.test(c)) {
            result = c;
            state = "timestampTag";
          } else if (c === ">" || c === null) {
            if (c === ">") position++;
            token = { type: "start", name: "", classes: [], annotation: "" };
            continue;
          } else {
            result = c;
            state = "startTag";
          }
          break;
        case "startTag":
          if (c === "\t" || c === "\f" || c === " ") state = "startTagAnnotation";
          else if (c === "\n") {
            buffer = c;
            state = "startTagAnnotation";
          } else if (c === ".") state = "startTagClass";
          else if (c === ">" || c === null) {
            if (c === ">") position++;
            token = { type: "start", name: result, classes, annotation: "" };
            continue;
          } else result += c;
          break;
        case "startTagClass":
          if (c === "\t" || c === "\f" || c === " ") {
            classes.push(buffer);
            buffer = "";
            state = "startTagAnnotation";
          } else if (c === "\n") {
            classes.push(buffer);
            buffer = c;
            state = "startTagAnnotation";
          } else if (c === ".") {
            classes.push(buffer);
            buffer = "";
          } else if (c === ">" || c === null) {
            if (c === ">") position++;
            classes.push(buffer);
            token = { type: "start", name: result, classes, annotation: "" };
            continue;
          } else buffer += c;
          break;
        case "startTagAnnotation":
          if (c === ">" || c === null) {
            if (c === ">") position++;
            const annotation = decodeEntities(buffer)
              .replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "")
              .replace(/[\t\n\f\r ]+/g, " ");
            token = { type: "start", name: result, classes, annotation };
            continue;
          } else buffer += c;
          break;
        case "endTag":
          if (c === ">" || c === null) {
            if (c === ">") position++;
            token = { type: "end", name: result };
            continue;
          } else result += c;
          break;
        case "timestampTag":
          if (c === ">" || c === null) {
            if (c === ">") position++;
            token = { type: "timestamp", value: result };
            continue;
          } else result += c;
          break;
      }
      position++;
    }
    yield token;
  }
}

const KNOWN_TAGS = new Set(["c", "i", "b", "u", "ruby", "rt", "v", "lang"]);

/** §6.4 "WebVTT cue text parsing rules": tokens to a tree. */
export function parseCueText(input: string): CueRoot {
  const root: CueRoot = { type: "root", children: [] };
  const stack: (CueRoot | CueElement)[] = [root];
  const current = () => stack.at(-1)!;
  for (const token of tokenize(input)) {
    if (token.type === "string") {
      current().children.push({ type: "text", value: token.value });
    } else if (token.type === "start") {
      if (!KNOWN_TAGS.has(token.name)) continue;
      const parent = current();
      if (token.name === "rt" && !(parent.type === "element" && (parent as CueElement).name === "ruby")) continue;
      const element: CueElement = {
        type: "element",
        name: token.name,
        classes: token.classes.filter((c) => c !== ""),
        children: [],
      };
      if (token.name === "v" || token.name === "lang") element.annotation = token.annotation;
      parent.children.push(element);
      stack.push(element);
    } else if (token.type === "end") {
      const node = current();
      if (node.type !== "element") continue;
      if (node.name === token.name) stack.pop();
      else if (token.name === "ruby" && node.name === "rt") {
        stack.pop();
        stack.pop();
      }
    } else {
      const cursor = { input: token.value, position: 0 };
      const seconds = collectTimestamp(cursor);
      if (seconds !== null && cursor.position === token.value.length) {
        current().children.push({ type: "timestamp", seconds });
      }
    }
  }
  return root;
}

/** One voice's stretch of a cue: plain text with the <v> speaker, if any. */
export interface VoiceRun {
  speaker?: string;
  text: string;
}

/**
 * Plain spoken text of a cue, split where the voice changes. Ruby
 * annotations (<rt>) are reading aids, not extra speech, so they are left
 * out; every other text node is kept.
 */
export function cueVoiceRuns(root: CueRoot): VoiceRun[] {
  const runs: VoiceRun[] = [];
  const visit = (nodes: CueNode[], speaker: string | undefined) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const last = runs.at(-1);
        if (last && last.speaker === speaker) last.text += node.value;
        else runs.push({ ...(speaker !== undefined ? { speaker } : {}), text: node.value });
      } else if (node.type === "element" && node.name !== "rt") {
        const voice = node.name === "v" ? node.annotation || undefined : speaker;
        visit(node.children, voice);
      }
    }
  };
  visit(root.children, undefined);
  return runs;
}
