/**
 * Where reported content after its cue ends at a comma: the writer's own clause follows it.
 *
 * Rule content/contrast-clause: ", but ...", ", yet ...", ", although ...", ", though ...",
 * ", whereas ...", ", even ..." open the writer's contrast or concession ("Holt said the accounts
 * were late, but the auditors found nothing missing"). Words inside quotation marks never end
 * content here.
 */
import { CONTENT_CLOSERS } from '../data/content-bounds';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Does the comma at e end the content (the clause after it is the writer's)? */
export function commaEndsContent(t: Token[], e: number): boolean {
  if (t[e].text !== ',' || isQuoted(t[e])) return false;
  const w = t[e + 1];
  return !!w && isWord(w) && !isQuoted(w) && !isCap(w) && CONTENT_CLOSERS.has(w.lower);
}
