// structured-data-testing-tool ships no types; this declares the part the tests use.
declare module "structured-data-testing-tool" {
  interface TestResult {
    description: string;
    test: string;
    error?: { message: string };
  }
  interface Result {
    passed: TestResult[];
    failed: TestResult[];
    warnings: TestResult[];
  }
  const sdtt: {
    structuredDataTest(input: string, options: { presets?: unknown[]; schemas?: string[] }): Promise<Result>;
  };
  export default sdtt;
}
declare module "structured-data-testing-tool/presets.js" {
  const presets: Record<"Google" | "Twitter" | "Facebook" | "SocialMedia", unknown>;
  export default presets;
}
