import type { AstroIntegration } from "astro";

/**
 * Prints which Node the build runs on: the project brings its own Node 24
 * (the `node` devDependency), and this line proves the npm scripts used it.
 */
export function buildInfo(): AstroIntegration {
  return {
    name: "shownotes:build-info",
    hooks: {
      "astro:build:start": ({ logger }) => {
        logger.info(`Building on Node ${process.version} (${process.execPath})`);
      },
    },
  };
}
