import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, driven by playwright-core (a test tool's own browser
 * download does not work on our machines). The flags keep headless Chromium
 * working as root and quiet on a machine with no outside network.
 */
export function launchBrowser(options: { extraArgs?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--autoplay-policy=no-user-gesture-required",
      ...(options.extraArgs ?? []),
    ],
  });
}
