/**
 * Brief ids: SHA-256 over (engine version, options, title, url, analysed text).
 *
 * Content-addressed, so the same article gets the same id whatever route it came by, and a new
 * engine version never collides with an old brief. `briefKeyMaterial` is the one definition of
 * what is hashed; the Worker hashes it with Web Crypto (`briefId`) before analysing, so a cache hit
 * costs no analysis, and the synchronous `brief()` uses `briefIdSync` (@noble/hashes, MIT) when no
 * id is handed in. A test holds the two to the same answer.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ENGINE } from './version';

export interface BriefKeyInput {
  text: string;
  title?: string | null;
  url?: string | null;
}

export interface BriefOptions {
  /** Precomputed id (the Worker computes it with Web Crypto before deciding to analyse). */
  id?: string;
  /** Return the analysed text in the brief as `text`. Not part of the id: it changes no analysis. */
  includeText?: boolean;
  /** Attach `trace`: the named rules that made each item (see trace.ts). Not part of the id. */
  trace?: boolean;
}

export function briefKeyMaterial(input: BriefKeyInput): string {
  // JSON keeps the fields apart unambiguously (no separator can be forged by the text).
  return JSON.stringify([ENGINE, {}, input.title ?? null, input.url ?? null, input.text]);
}

export function briefIdSync(input: BriefKeyInput): string {
  return bytesToHex(sha256(new TextEncoder().encode(briefKeyMaterial(input))));
}

export async function briefId(input: BriefKeyInput): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(briefKeyMaterial(input)));
  return bytesToHex(new Uint8Array(digest));
}
