/**
 * Which file in an episode folder is the transcript. The name is
 * `transcript.<anything>` (the format is read from the content, so
 * `transcript.txt` may hold WebVTT); two of them is ambiguous.
 */
export function findTranscriptFile(files: readonly string[], indexPath: string): string | undefined {
  const candidates = files.filter((name) => /^transcript\.[^.]+(\.[^.]+)?$/i.test(name)).sort();
  if (candidates.length > 1) {
    throw new Error(
      `${indexPath}: this episode folder has ${candidates.length} transcripts (${candidates.join(", ")}); keep one and rename or remove the others`,
    );
  }
  return candidates[0];
}
