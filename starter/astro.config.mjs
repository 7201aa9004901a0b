// @ts-check
import { defineConfig } from "astro/config";
import shownotes from "shownotes";

// The show's settings (name, address, language...) live in content/show.yaml.
// shownotes() options: content, components, customCss, search (see README.md).
export default defineConfig({
  integrations: [shownotes()],
});
