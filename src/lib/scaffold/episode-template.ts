export interface EpisodeTemplateInput {
  title: string;
  number: number;
  /** `2024-03-01`. */
  date: string;
  /** The show's language (BCP 47): Chinese shows get a Chinese template. */
  language: string;
}

/**
 * The commented `index.md` that `shownotes new` writes. The comments are
 * YAML comments in the settings and HTML comments in the summary (removed
 * from the page when the summary is cleaned), so the file builds as is.
 * Kept here rather than in src/i18n: they are file contents for the
 * podcaster's editor, not interface strings of the site.
 */
export function episodeTemplate(input: EpisodeTemplateInput): string {
  const title = JSON.stringify(input.title); // JSON strings are valid YAML, so any title is quoted safely.
  return (input.language.toLowerCase().startsWith("zh") ? chinese : english)(title, input);
}

const english = (title: string, { number, date }: EpisodeTemplateInput) => `---
# This episode's settings. Every key is explained in README.md ("Episode settings").
title: ${title}
date: ${date}
number: ${number}
# One line about the episode, for lists, search results and link previews.
# description: …
# Length of the audio, in seconds or "1:02:03", and the audio file's full address.
# duration: "1:02:03"
# audio: https://media.example.com/episode-${number}.mp3
# Guests: ids from content/people.yaml. Hosts default to the show's hosts.
guests: []
tags: []
# Delete this line when the episode is ready to publish.
draft: true
---

<!-- Write the summary here. Put the transcript beside this file as
transcript.srt, transcript.vtt, transcript.json or transcript.txt.
Times such as 12:34 become links to that moment of the episode. -->

A few paragraphs about the episode.

## Key takeaways

<!-- One point per line; cite a moment with [12:34]. -->
- **The first point.** Why it matters.

## Chapters

<!-- One chapter per line, starting at 00:00, in time order. -->
- 00:00 Intro
`;

const chinese = (title: string, { number, date }: EpisodeTemplateInput) => `---
# 本期的设置。每一项的说明见 README.md（"Episode settings"）。
title: ${title}
date: ${date}
number: ${number}
# 一句话介绍本期，用于节目列表、搜索结果和链接预览。
# description: …
# 音频时长（秒数，或 "1:02:03"）和音频文件的完整地址。
# duration: "1:02:03"
# audio: https://media.example.com/episode-${number}.mp3
# 嘉宾：填 content/people.yaml 里的 id。主持人默认是节目的主持人。
guests: []
tags: []
# 准备发布时删掉这一行。
draft: true
---

<!-- 在这里写本期摘要。文字稿放在本文件旁边，命名为
transcript.srt、transcript.vtt、transcript.json 或 transcript.txt。
摘要里的时间（例如 12:34）会变成跳到那一刻的链接。 -->

用几段话介绍本期内容。

## 要点

<!-- 每行一条；可以用 [12:34] 引用某个时刻。 -->
- **第一条要点。** 为什么重要。

## 章节

<!-- 每行一个章节，从 00:00 开始，按时间顺序。 -->
- 00:00 开场
`;
