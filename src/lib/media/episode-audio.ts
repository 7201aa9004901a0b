/**
 * Self-hosted audio: a podcaster may put the episode's audio file in the
 * episode's folder and write just its name (`audio: episode.mp3`). The site
 * then publishes it next to the page, at `/episodes/<slug>/episode.mp3`.
 */
import { audioPath } from "../urls/site-urls.ts";

/** Audio types by file extension (the ones podcast apps accept, plus WAV). */
const AUDIO_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  mp4: "audio/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  flac: "audio/flac",
};

/**
 * The file name when `url` names a file in the episode folder: no scheme,
 * no leading slash, no sub-folder. Undefined for anything else (an address
 * the podcaster hosts elsewhere).
 */
export function localAudioName(url: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("/") || url.startsWith("//")) return undefined;
  const name = url.replace(/^\.\//, "");
  return /^[^/\\]+$/.test(name) && name !== "." && name !== ".." ? name : undefined;
}

export function audioType(name: string): string | undefined {
  return AUDIO_TYPES[name.split(".").pop()?.toLowerCase() ?? ""];
}

/** The file's site path next to the episode page (src/lib/urls/site-urls.ts). */
export function localAudioHref(slug: string, name: string): string {
  return audioPath(slug, name);
}
