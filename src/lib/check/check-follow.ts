import { FOLLOW_PLATFORMS, isFollowPlatform } from "../../schemas/follow.ts";
import { isOneEditAway } from "../people/cast.ts";
import { warning, type Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

/**
 * `follow:` keys the site does not know. The schema accepts them (the link is
 * still shown, labelled with the key as written), so without this warning a
 * misspelt `spotfy:` would pass without a word.
 */
export function checkFollowKeys(source: YamlSource, follow: unknown): Problem[] {
  if (follow === null || typeof follow !== "object" || Array.isArray(follow)) return [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(follow)) {
    // `{ label, url }` is the documented form for a platform of one's own.
    if (isFollowPlatform(key) || (value !== null && typeof value === "object")) continue;
    const near = FOLLOW_PLATFORMS.find((platform) => isOneEditAway(key.toLowerCase(), platform));
    const known = FOLLOW_PLATFORMS.join(", ");
    problems.push(
      warning(
        source.file,
        source.keyPositionOf(["follow", key]),
        near
          ? `follow: "${key}" is not a platform the site knows; did you mean "${near}"?`
          : `follow: "${key}" is not a platform the site knows (known: ${known}); for another one write ${key}: { label: Its name, url: https://… }`,
      ),
    );
  }
  return problems;
}
