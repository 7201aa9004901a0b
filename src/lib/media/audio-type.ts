/** MIME types podcast apps expect for common audio files, by extension. */
const byExtension: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/x-m4a", // Apple's documented type for AAC in MP4
  mp4: "audio/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/opus",
  wav: "audio/wav",
  flac: "audio/flac",
};

/** The audio's type as written in the episode, else guessed from the file name; undefined when unknown. */
export function audioType(audio: { url: string; type?: string | undefined }): string | undefined {
  if (audio.type) return audio.type;
  const path = audio.url.split(/[?#]/)[0] ?? "";
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? byExtension[extension] : undefined;
}
