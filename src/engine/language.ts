/**
 * Language of the article. The engine's rules are for English; other languages get a brief that
 * says which language was detected and carries no extraction.
 *
 * Not yet implemented (issue: Hardening): every text is taken for English.
 */
import type { Doc } from './document';

export function detectLanguage(_doc: Doc): string {
  return 'en';
}
