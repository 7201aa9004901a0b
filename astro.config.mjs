// @ts-check
import { defineConfig } from "astro/config";
import shownotes from "./src/index.ts";

// This repository is both the shownotes package and its sample site: the
// show in content/ is built with the integration exactly as an installed
// site builds its own (`import shownotes from "shownotes"`).
export default defineConfig({
  integrations: [shownotes()],
});
