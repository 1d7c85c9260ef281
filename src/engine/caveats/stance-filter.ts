/**
 * The shared walk of the filters that quiet a stance connective in some setting
 * (caveats/linking-connectives.ts, caveats/granted-figures.ts): the author-voice opinion drafts of
 * rule author-voice/stance no longer than a connective, kept unless the filter's test says the
 * words only link or grant; each one dropped is traced under the filter's rule.
 *
 * Linear: one pass over the drafts, compacting them in place.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';

const STANCE_RULE = 'author-voice/stance';

/** Drop every short author-voice stance draft whose words `quiet` says are no comment. */
export function dropStanceDrafts(
  doc: Doc,
  drafts: Draft[],
  maxLength: number,
  quiet: (words: string, d: Draft) => boolean,
  rule: string,
): void {
  const { text } = doc;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (
      d.voice === 'author' &&
      d.kind === 'opinion' &&
      d.end - d.start <= maxLength &&
      d.rules?.includes(STANCE_RULE) &&
      quiet(text.slice(d.start, d.end).toLowerCase(), d)
    ) {
      doc.trace?.add('caveat', d.start, d.end, rule);
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}
