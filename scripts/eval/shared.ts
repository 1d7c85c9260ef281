/**
 * What every evaluation suite shares: where the shared data lives, how a suite reports, and
 * the text folding the worked examples' matching rules ask for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The shared data folder: `EDGE_BRIEF_DATA` when set, else `shared/` beside the repository. It is
 * read where it is, never copied in; a clone without it skips what needs it.
 */
export const SHARED = process.env.EDGE_BRIEF_DATA
  ? pathToFileURL(`${resolve(process.env.EDGE_BRIEF_DATA)}/`)
  : new URL('../../../shared/', import.meta.url);

/** Is the shared data there (its examples and eval folders)? */
export function hasSharedData(): boolean {
  return existsSync(new URL('examples/', SHARED)) && existsSync(new URL('eval/', SHARED));
}

export function readShared(path: string): string {
  return readFileSync(new URL(path, SHARED), 'utf8');
}

export function readJsonl<T>(path: string): T[] {
  return readShared(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** One line of the printed table. `score` is the headline number (0..1), `target` the bar it must reach. */
export interface Row {
  suite: string;
  metric: string;
  score: number;
  target?: number;
  detail?: string;
  /** `count`: `score` is a number of items, printed as is (not a share). */
  format?: 'count';
  /** The target is a ceiling (a count of errors), not a floor. */
  lowerIsBetter?: boolean;
}

export interface SuiteResult {
  rows: Row[];
  /** Anything else worth keeping in eval-results.json (per-item results, error samples). */
  details?: unknown;
}

export interface Suite {
  name: string;
  /** `half`: only the CheckThat rows of that stable half (see checkthat.ts); other suites ignore it. */
  run(options: { split: 'dev' | 'test'; limit?: number; half?: 'a' | 'b' }): SuiteResult;
}

/** Curly quotes and apostrophes folded to straight ones, white space collapsed (the examples' rule). */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
