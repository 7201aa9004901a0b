import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { doIUseEmail } from "doiuse-email";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { takeawaysEmailHtml } from "../../../src/lib/newsletter/index.ts";
import { EMAIL_TARGET_CLIENTS } from "../../support/email-clients.ts";
import { hostileEpisode } from "./fixtures.ts";

const html = takeawaysEmailHtml(hostileEpisode);
const tree = fromHtml(html, { fragment: true });

function elements(root: Root): Element[] {
  const found: Element[] = [];
  visit(root, "element", (element) => void found.push(element));
  return found;
}

/** `style="a: b; c: d"` → { a: "b", c: "d" } (only what these tests need). */
function styleOf(element: Element): Record<string, string> {
  const style = String(element.properties.style ?? "");
  return Object.fromEntries(
    style
      .split(";")
      .map((declaration) => declaration.split(":").map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ""),
  );
}

describe("the email takeaways fragment", () => {
  it("escapes markup characters in every text field instead of interpreting them", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(html).toContain("Tom &#x26; Jerry's");
    expect(toText(tree)).toContain(`Cats & mice: "<script>alert(1)</script>"`);
    expect(toText(tree)).toContain(`Tom & Jerry's "Show" <live>`);
    // The raw <script> in a takeaway is dropped with its content; the <span>'s text stays.
    expect(toText(tree)).not.toContain(`alert("x")`);
    expect(toText(tree)).toContain("stays text");
  });

  it("has no script, style, class, id or event handler left", () => {
    const all = elements(tree);
    expect(all.filter((element) => ["script", "style", "link", "meta"].includes(element.tagName))).toEqual([]);
    expect(html).not.toMatch(/\sclass=/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(all.filter((element) => element.properties.id !== undefined)).toEqual([]);
  });

  it("makes every URL absolute, moment links included", () => {
    const urls = elements(tree).flatMap((element) =>
      [element.properties.href, element.properties.src].filter((value): value is string => typeof value === "string"),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(urls).toEqual(
      expect.arrayContaining([
        "https://podcast.example.com/episodes/cats-and-mice/",
        "https://podcast.example.com/episodes/dogs/",
        "https://podcast.example.com/episodes/cats-and-mice/?t=754#t750",
        "https://podcast.example.com/episodes/cats-and-mice/?t=61",
        "https://podcast.example.com/img/mouse.png",
        "https://podcast.example.com/artwork/cats.png",
        "https://example.org/paper?a=1&b=2",
      ]),
    );
  });

  it("links each cited moment once: an existing ?t= link is pointed at the paragraph, a missing one is added", () => {
    const links = elements(tree).filter((element) => element.tagName === "a");
    const moment754 = links.filter((link) => String(link.properties.href).includes("t=754"));
    expect(moment754.map((link) => [link.properties.href, toText(link)])).toEqual([
      ["https://podcast.example.com/episodes/cats-and-mice/?t=754#t750", "12:34"],
    ]);
    const moment61 = links.filter((link) => String(link.properties.href).includes("t=61"));
    expect(moment61.map((link) => toText(link))).toEqual(["1:01"]);
  });

  it("is laid out with tables and inline styles only", () => {
    const [outer] = tree.children as Element[];
    expect(outer?.tagName).toBe("table");
    expect(outer?.properties.role).toBe("presentation");
    expect(styleOf(outer!)["max-width"]).toBe("600px");
    for (const element of elements(tree)) {
      if (["table", "td", "p", "h2", "a"].includes(element.tagName)) expect(element.properties.style, element.tagName).toBeTruthy();
    }
  });

  it("gives every image a width and an alt text", () => {
    const images = elements(tree).filter((element) => element.tagName === "img");
    expect(images).toHaveLength(2);
    for (const image of images) {
      expect(Number(image.properties.width)).toBeGreaterThan(0);
      expect(typeof image.properties.alt).toBe("string");
    }
    expect(images[0]?.properties.alt).toBe(hostileEpisode.showTitle);
  });

  it("sets no text colour without a background colour of its own behind it, so dark modes recolour both or neither", () => {
    const withColour: string[] = [];
    const check = (element: Element, background: string | undefined) => {
      const style = styleOf(element);
      const here = style["background-color"] ?? background;
      if (style.color) {
        withColour.push(element.tagName);
        expect(here, `<${element.tagName}> sets color ${style.color} on the reader's background`).toBeDefined();
      }
      for (const child of element.children) if (child.type === "element") check(child, here);
    };
    for (const child of tree.children) if (child.type === "element") check(child, undefined);
    expect(withColour.length).toBeGreaterThan(3);
  });

  it("keeps link and text colours readable (WCAG AA 4.5:1) on the card background", () => {
    const card = styleOf(tree.children[0] as Element)["background-color"]!;
    const colours = new Set(
      elements(tree)
        .map((element) => styleOf(element).color)
        .filter((colour): colour is string => colour !== undefined),
    );
    for (const colour of colours) expect(contrast(colour, card), `${colour} on ${card}`).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the lang of the episode, for CJK font choice and screen readers", () => {
    const chinese = takeawaysEmailHtml({ ...hostileEpisode, lang: "zh-CN" });
    expect(chinese).toContain('lang="zh-CN"');
    expect(chinese).toContain("要点");
    expect(chinese).toContain("收听完整节目");
  });
});

describe("the email takeaways fragment against caniemail.com support data (doiuse-email)", () => {
  it("uses no feature an email client in the target list lacks (0 errors)", () => {
    const result = doIUseEmail(html, { emailClients: EMAIL_TARGET_CLIENTS });
    expect("errors" in result ? result.errors : []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("lacks, in the three excluded clients, only the attributes tests/support/email-clients.ts names", () => {
    const result = doIUseEmail(html, { emailClients: ["*"] });
    expect([...new Set("errors" in result ? result.errors : [])].sort()).toEqual([
      "`height attribute` is not supported by `hey.desktop-webmail`",
      "`lang attribute` is not supported by `hey.desktop-webmail`",
      "`lang attribute` is not supported by `orange.desktop-webmail`",
      "`role attribute` is not supported by `hey.desktop-webmail`",
      "`role attribute` is not supported by `orange.desktop-webmail`",
      "`role attribute` is not supported by `outlook.windows-mail`",
      "`width attribute` is not supported by `hey.desktop-webmail`",
    ]);
  });
});

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
