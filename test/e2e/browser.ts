/**
 * Debian's Chromium for the browser tests, driven by playwright-core (which cannot download a
 * browser here). Path: /usr/bin/chromium (`apt-get install chromium`; .ci/run does it), or
 * CHROMIUM_PATH. Without it a test skips, saying so once; under CI=true a missing browser is an error.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when there is no browser (and not in CI, where that throws): describe.skipIf(it). */
export function skipWithoutChromium(what: string): boolean {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${what} needs Chromium at ${CHROMIUM} (CI=true)`);
  console.warn(`skipped: ${what}: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return true;
}

/** Headless, and without the background connections this machine's closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
