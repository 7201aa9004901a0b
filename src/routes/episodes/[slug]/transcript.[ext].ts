import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { transcriptFilesFor } from "../../../lib/feed/transcript-files.ts";
import { exportTranscript } from "../../../lib/feed/transcript-export.ts";

/**
 * `/episodes/<slug>/transcript.{vtt,srt,json,html,txt}`: the formats the
 * feed announces, written from the stored transcript. Timed formats exist
 * only for transcripts with real times (see transcript-files.ts).
 *
 * Each file is written when its route renders, not in getStaticPaths:
 * Astro collects every route's paths before rendering the first page, so
 * exporting there held every file of every episode in memory at once and
 * spent ~12 s of CPU at 1,000 two-hour episodes before the first page
 * (benchmark profile).
 */
export const getStaticPaths = (async () => {
  const episodes = await getPublishedEpisodes();
  return episodes.flatMap((episode) => {
    const transcript = episode.data.transcript;
    if (!transcript) return [];
    return transcriptFilesFor(transcript).map((file) => ({
      params: { slug: episode.id, ext: file.extension },
      props: { transcript, extension: file.extension, type: file.type },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(exportTranscript(props.transcript, props.extension), { headers: { "Content-Type": `${props.type}; charset=utf-8` } });
