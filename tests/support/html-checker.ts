import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One message of the Nu HTML Checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface CheckerMessage {
  type: "error" | "info" | "non-document-error";
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const jar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

/**
 * Runs the W3C Nu HTML Checker (the vnu-jar npm package, with the system's
 * Java) over all files in ONE JVM start, errors only. The jar is called
 * directly: the package's own wrapper may try to download a Java runtime.
 */
export function checkHtml(files: readonly string[]): Promise<CheckerMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.env.JAVA ?? "java",
      ["-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) return reject(new Error(`the HTML checker could not run (is Java installed?): ${error.message}\n${stderr}`));
        try {
          resolve((JSON.parse(stderr) as { messages: CheckerMessage[] }).messages);
        } catch {
          reject(new Error(`the HTML checker printed something that is not its JSON report:\n${stderr.slice(0, 2000)}`));
        }
      },
    );
  });
}
