/** The shared worked examples, read from where they live (never copied into the repository). */
import { readFileSync } from 'node:fs';

export const EXAMPLES_DIR = new URL('../../../shared/examples/', import.meta.url);

export function example(name: string): string {
  return readFileSync(new URL(name, EXAMPLES_DIR), 'utf8');
}
