/**
 * The shared worked examples, read from where they live (never copied into the repository). Tests
 * on them skip, with one line saying so, in a clone without the shared data (`noExamples`).
 */
import { readFileSync } from 'node:fs';
import { SHARED } from '../../scripts/eval/shared';
import { skipWithoutSharedData } from '../shared-data';

export const EXAMPLES_DIR = new URL('examples/', SHARED);

/** True where the worked examples are missing: `it.skipIf(noExamples)(...)`. */
export const noExamples = skipWithoutSharedData('engine tests on the worked examples');

/** The text of a worked example ('' where they are missing: the tests that read it are skipped). */
export function example(name: string): string {
  return noExamples ? '' : readFileSync(new URL(name, EXAMPLES_DIR), 'utf8');
}
