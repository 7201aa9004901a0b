#!/usr/bin/env node
// The `shownotes` command. In this repository Node 24 runs the TypeScript
// sources directly (type stripping). Installed from npm it runs the plain
// JavaScript compiled when the package was packed (scripts/compile.ts):
// Node refuses to strip types under node_modules.
import { sep } from "node:path";
import { fileURLToPath } from "node:url";

const installed = fileURLToPath(import.meta.url).split(sep).includes("node_modules");
const { main } = installed ? await import("../dist-cli/shownotes.mjs") : await import("../src/cli/index.ts");

process.exitCode = await main(process.argv.slice(2));
