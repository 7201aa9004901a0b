import { readFile, readdir, rm } from "node:fs/promises";
import * as pagefind from "pagefind";
const [dir, out, mode] = process.argv.slice(2);
const t0 = performance.now();
const { index } = await pagefind.createIndex({ excludeSelectors: [".transcript > .note", ".chapters > .note", "newsletter-copy"] });
const files = (await readdir(dir!)).sort();
let inflight: Promise<unknown>[] = [];
for (const f of files) {
  const html = await readFile(`${dir}/${f}`, "utf8");
  const p = index!.addHTMLFile({ url: `/episodes/${f.slice(0, -5)}/`, content: html });
  if (mode === "seq") await p; else { inflight.push(p); if (inflight.length >= 8) { await Promise.all(inflight); inflight = []; } }
}
await Promise.all(inflight);
const t1 = performance.now();
await rm(out!, { recursive: true, force: true });
await index!.writeFiles({ outputPath: out! });
console.log("add ms", (t1 - t0).toFixed(0), "write ms", (performance.now() - t1).toFixed(0));
await pagefind.close();
