import type { NewsletterInput } from "../../../src/lib/newsletter/index.ts";

/**
 * A hostile but realistic episode: markup characters in every text field,
 * relative links in the takeaways (as the summary renderer writes them), raw
 * HTML an author might paste, and one moment cited both with and without a
 * link already in the item's HTML.
 */
export const hostileEpisode: NewsletterInput = {
  siteUrl: "https://podcast.example.com/",
  showTitle: `Tom & Jerry's "Show" <live>`,
  slug: "cats-and-mice",
  title: `Cats & mice: "<script>alert(1)</script>"`,
  url: "/episodes/cats-and-mice/",
  date: new Date("2024-03-01T00:00:00Z"),
  description: "Who chases whom & why.",
  lang: "en",
  image: "/artwork/cats.png",
  takeaways: [
    {
      html: `Chasing is <em>cheaper</em> than <strong>waiting</strong> &amp; see <a href="/episodes/dogs/">the dogs episode</a> <a href="?t=754">12:34</a>`,
      text: "Chasing is cheaper than waiting & see the dogs episode 12:34",
      moment: 754,
      momentHref: "/episodes/cats-and-mice/?t=754#t750",
    },
    {
      html: `Raw HTML <script>alert("x")</script><style>p{color:red}</style><span class="shout" onclick="steal()">stays text</span> <img src="/img/mouse.png">`,
      text: `Raw HTML stays text`,
      moment: 61.8,
    },
    { html: `No moment, a <a href="https://example.org/paper?a=1&amp;b=2">paper</a> and 'quotes'`, text: "No moment, a paper and 'quotes'" },
  ],
  chapters: [
    { start: 0, title: "Intro", momentHref: "/episodes/cats-and-mice/?t=0#t0" },
    { title: "Untimed <chapter>" },
  ],
  people: [
    { id: "tom", name: "Tom", role: "host", image: "/people/tom.jpg" },
    { id: "jerry", name: "Jerry", role: "guest", url: "https://jerry.example.org/" },
  ],
};
