import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { transcriptFiles } from "../../../lib/feed/transcript-files.ts";
import { exportTranscript } from "../../../lib/feed/transcript-export.ts";

/**
 * `/episodes/<slug>/transcript.{vtt,srt,json,html,txt}`: the formats the
 * feed announces, written from the stored transcript. Timed formats exist
 * only for transcripts with real times (see transcript-files.ts).
 */
export const getStaticPaths = (async () => {
  const episodes = await getPublishedEpisodes();
  return episodes.flatMap((episode) => {
    const transcript = episode.data.transcript;
    if (!transcript) return [];
    return transcriptFiles(transcript).map((file) => ({
      params: { slug: episode.id, ext: file.extension },
      props: { body: exportTranscript(transcript, file.extension), type: file.type },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body, { headers: { "Content-Type": `${props.type}; charset=utf-8` } });
