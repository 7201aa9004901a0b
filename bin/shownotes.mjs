#!/usr/bin/env node
// The `shownotes` command. Node 24 runs the TypeScript sources directly
// (type stripping), so there is no build step; see src/cli/index.ts.
import { main } from "../src/cli/index.ts";

process.exitCode = await main(process.argv.slice(2));
