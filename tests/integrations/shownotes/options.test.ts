import { describe, expect, it } from "vitest";
import { parseShownotesOptions } from "../../../src/integrations/shownotes/options.ts";

/** The message a podcaster sees when astro.config.mjs has a mistake, as Astro prints it. */
function problemWith(options: unknown): string {
  try {
    parseShownotesOptions(options, {});
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the options were accepted");
}

describe("shownotes() options", () => {
  it("defaults to the content folder, no overrides, no extra CSS and search on", () => {
    expect(parseShownotesOptions(undefined, {})).toEqual({ content: "content", components: {}, customCss: [], search: true });
  });

  it("takes the content folder from $SHOWNOTES_CONTENT when the option is not set, and the option over it", () => {
    expect(parseShownotesOptions({}, { SHOWNOTES_CONTENT: "shows/two/" }).content).toBe("shows/two");
    expect(parseShownotesOptions({ content: "mine" }, { SHOWNOTES_CONTENT: "shows/two" }).content).toBe("mine");
  });

  it("names an unknown option and lists the real ones", () => {
    expect(problemWith({ serach: false })).toBe(
      "The shownotes() options in astro.config.mjs are not right:\n" +
        "  - serach: not a shownotes option (the options are content, components, customCss and search)",
    );
  });

  it("names a component the package does not have, and lists those it has", () => {
    expect(problemWith({ components: { Header: "./src/Header.astro" } })).toContain(
      "  - components.Header is not a component shownotes has; it has Chapters, EpisodeHeader, EpisodeList,",
    );
  });

  it("says what each option must be, in words", () => {
    const message = problemWith({ search: "no", customCss: "./a.css", components: { Player: "./Player.vue" }, content: "../elsewhere" });
    expect(message).toContain("  - search: must be true or false");
    expect(message).toContain('  - customCss: must be a list, like ["./a.css"]');
    expect(message).toContain("  - components.Player must be an .astro file");
    expect(message).toContain("  - content must be a folder inside the site, written from its root, for example content");
  });
});
