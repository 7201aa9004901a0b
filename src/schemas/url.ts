import { z } from "astro/zod";
import { checkUrl } from "../lib/urls/safe-url.ts";

/**
 * Any address a person writes in `content/`, held to the one URL rule of
 * src/lib/urls/safe-url.ts (https, http, mailto or a path on this site): a
 * `javascript:` or `data:` address is refused here, so it never reaches a
 * page, the feed, JSON-LD, oEmbed or the newsletter files. Surrounding
 * spaces are dropped (a pasted address often carries them).
 */
export const SafeUrlSchema = z
  .string()
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "is empty: write an address here or remove the line" });
      return;
    }
    const verdict = checkUrl(value);
    if (!verdict.safe) ctx.addIssue({ code: "custom", message: `is refused: ${verdict.reason} (found "${value}")` });
  });

/**
 * A full web address others open from anywhere (a person's site, the
 * show's links, the site's own address): `https://…` or `http://…`, and
 * safe by the same rule.
 */
export const WebAddressSchema = z
  .string()
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    const verdict = checkUrl(value);
    if (!verdict.safe) {
      ctx.addIssue({ code: "custom", message: `is refused: ${verdict.reason} (found "${value}")` });
    } else if (!/^https?:\/\/[^/?#\s]+/i.test(value) || !URL.canParse(value)) {
      ctx.addIssue({ code: "custom", message: `is not a web address: write it in full, starting with https:// (found "${value}")` });
    }
  });

/**
 * The address of a file the site shows or plays (audio, artwork, a
 * portrait): the URL rule, and when it is a path on this site it must stay
 * inside it. `../`, `%2e%2e/`, `\` or `%2f` tricks could make the build read
 * and publish a file from outside the content folder, so they are refused.
 */
export const MediaAddressSchema = SafeUrlSchema.superRefine((value, ctx) => {
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return; // A full address: fetched by the listener's browser, never read from disk.
  let path = value.split(/[?#]/)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    ctx.addIssue({ code: "custom", message: `is not a path shownotes can read: a % sign must start an escape such as %20 (found "${value}")` });
    return;
  }
  if (path.includes("\\") || path.split("/").some((segment) => segment === "..")) {
    ctx.addIssue({ code: "custom", message: `is refused: it leaves the site's folders (with .. or \\): put the file in the episode's folder or in public/ and write its name or /path (found "${value}")` });
  }
});

/**
 * A link a person gives to go elsewhere (a guest's site, the show's
 * profiles, a contact address): a full `https://`/`http://` address or a
 * `mailto:` one, safe by the same rule.
 */
export const LinkAddressSchema = z
  .string()
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    if (/^mailto:[^\s@]+@[^\s@]+$/i.test(value)) return;
    const web = WebAddressSchema.safeParse(value);
    if (!web.success) for (const issue of web.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
  });
