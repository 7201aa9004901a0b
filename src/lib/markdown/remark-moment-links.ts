import type { Link, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { VFile } from "vfile";
import { momentHref } from "../moments.ts";
import { parseDuration } from "../time.ts";
import { summaryData } from "./summary-data.ts";

/**
 * `12:34`, `1:02:03` and `[00:12:34]` in a summary become moment links
 * (the README's "What the summary can say"). Bracketed times are always moments;
 * bare ones only when they stand alone (not inside a longer number such as
 * a version `1.12:30` or a ratio `3:2:1`).
 */
const TIME = /\[((?:\d{1,2}:)?\d{1,2}:\d{2})\]|(?<![\d:.,])((?:\d{1,2}:)?\d{1,2}:\d{2})(?![\d:])/g;

export function remarkMomentLinks() {
  return (tree: Root, file: VFile) => {
    const { slug, paragraphs = [], duration } = summaryData(file).summaryContext ?? {};
    findAndReplace(
      tree,
      [
        TIME,
        (_match: string, bracketed: string | undefined, bare: string | undefined) => {
          const written = (bracketed ?? bare) as string;
          // parseDuration rejects 12:75 and friends: those stay text.
          const seconds = parseDuration(written);
          if (seconds === undefined) return false;
          // A bare time past the episode's end is a time of day ("we met at 15:00:38"), not a moment;
          // a bracketed one is meant as a moment, and the content check reports it if it leads nowhere.
          if (bare && duration !== undefined && seconds > duration) return false;
          const link: Link = {
            type: "link",
            url: slug ? momentHref(slug, seconds, paragraphs) : `?t=${seconds}`,
            children: [{ type: "text", value: written }],
            data: { hProperties: { className: ["moment"], dataT: seconds } },
          };
          return link;
        },
      ],
      { ignore: ["link", "linkReference", "inlineCode", "code", "heading"] },
    );
  };
}
