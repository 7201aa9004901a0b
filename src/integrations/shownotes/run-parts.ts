import type { AstroIntegration } from "astro";

type Hooks = AstroIntegration["hooks"];
type HookName = keyof Hooks;
interface HookParams {
  logger: { fork(label: string): unknown };
  config?: unknown;
  updateConfig?: (change: unknown) => unknown;
}

/**
 * Runs the hooks of the integration's parts (content check, search index,
 * build line) inside its own, in order, each with a logger labelled with
 * the part's name. Unlike adding them with `updateConfig({ integrations })`,
 * which runs them after every integration of the site, this keeps them where
 * `shownotes()` stands in the site's list: the benchmark's timing probes
 * around it (tests/bench/astro.bench.config.mjs) then measure them too.
 */
export function runParts(parts: readonly AstroIntegration[], own: Partial<Hooks> = {}): Hooks {
  const names = new Set<HookName>([...(Object.keys(own) as HookName[]), ...parts.flatMap((part) => Object.keys(part.hooks) as HookName[])]);
  const hooks: Record<string, (params: HookParams) => Promise<void>> = {};
  for (const name of names) {
    hooks[name] = async (given) => {
      // In astro:config:setup, each part sees the config as the ones before it updated it (cacheDir, site...).
      let params = given;
      if (given.updateConfig) {
        const update = given.updateConfig;
        params = { ...given, updateConfig: (change: unknown) => (params = { ...params, config: update(change) }).config };
      }
      await (own[name] as ((p: unknown) => unknown) | undefined)?.(params);
      for (const part of parts) {
        const hook = part.hooks[name] as ((p: unknown) => unknown) | undefined;
        if (hook) await hook({ ...params, logger: given.logger.fork(part.name) });
      }
    };
  }
  return hooks as Hooks;
}
