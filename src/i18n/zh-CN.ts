import type { UiStrings } from "./en.ts";

/** Interface text for Chinese (Simplified) shows. */
export const zhCN: UiStrings = {
  skipToContent: "跳到正文",
  episodes: "节目",
  episode: "节目",
  episodeNumber: (n) => `第 ${n} 期`,
  summary: "简介",
  takeaways: "要点",
  chapters: "章节",
  transcript: "文字稿",
  hosts: "主持",
  guests: "嘉宾",
  tags: "标签",
  published: "发布于",
  duration: "时长",
  previousEpisode: "上一期",
  nextEpisode: "下一期",
  noTranscript: "这一期还没有文字稿。",
  approximateTime: "约",
  approximateNote: "时间为估算值：原始文字稿没有时间戳。",
  notFoundTitle: "找不到这个页面",
  notFoundText: "链接可能已经失效。可以回到首页看看所有节目。",
  backHome: "回到首页",
  poweredBy: "由 shownotes 生成",
  coverArtAlt: (show) => `《${show}》的封面`,
};
