import { en, type UiStrings } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

export type { UiStrings };

/** Every interface language we ship, by BCP 47 tag. */
const byLanguage: Record<string, UiStrings> = { en, "zh-CN": zhCN, zh: zhCN };

/**
 * Interface text for a page language: exact tag first (`zh-CN`), then its
 * primary language (`zh-TW` → `zh`), then English.
 */
export function uiStrings(language: string): UiStrings {
  const primary = language.split("-")[0]?.toLowerCase() ?? "";
  return byLanguage[language] ?? byLanguage[primary] ?? en;
}
