// Types of the modules the integration serves (src/integrations/shownotes/virtual-modules.ts).
declare module "virtual:shownotes/config" {
  const config: import("./integrations/shownotes/options.ts").ShownotesRuntimeConfig;
  export default config;
}

declare module "virtual:shownotes/user-css" {}

declare module "virtual:shownotes/components/*" {
  // An override may take the same props as the component it replaces, so the type stays open.
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
