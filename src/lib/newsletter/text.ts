import { prepareNewsletter } from "./prepare.ts";
import type { NewsletterInput } from "./types.ts";

/**
 * `takeaways.txt`: plain text for plain-text emails and the clipboard's
 * `text/plain`. Links cannot be clickable here, so every moment's URL is
 * written out on the line after its takeaway.
 */
export function takeawaysText(input: NewsletterInput): string {
  const { ui, episodeUrl, takeaways } = prepareNewsletter(input);
  const lines = [input.title, episodeUrl, ""];
  if (takeaways.length > 0) {
    lines.push(ui.takeaways, "");
    for (const takeaway of takeaways) {
      lines.push(`- ${oneLine(takeaway.text)}`);
      if (takeaway.moment) lines.push(`  ${takeaway.moment.label} ${takeaway.moment.url}`);
    }
    lines.push("");
  }
  lines.push(ui.listenToEpisode, episodeUrl);
  return `${lines.join("\n")}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
