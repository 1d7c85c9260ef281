/**
 * The engine's seam: `brief()` turns an article into a brief.
 *
 * Synchronous and pure: no Workers API, no I/O, no clock, no randomness. The same code runs in the
 * Worker, the CLI, the tests, the evaluation and the benchmarks, and the same input with the same
 * engine version always gives the same brief.
 *
 * @example
 * import { brief } from './engine';
 * const b = brief({ text: 'Kremlin fumes.\n\nMedvedev warned that ...' });
 * b.actors.map((a) => a.name);
 */
import type { Brief } from '../schema/brief';
import { analyse } from './document';
import { briefIdSync, type BriefOptions } from './id';
import { summarise } from './summary';
import { countWords } from './text/words';
import { ENGINE } from './version';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
}

export type { BriefOptions } from './id';
export { briefId, briefKeyMaterial } from './id';
export { ENGINE, ENGINE_VERSION } from './version';

export function brief(input: ArticleInput, options: BriefOptions = {}): Brief {
  const { text } = input;
  const doc = analyse(text);
  const title = input.title?.trim() || (doc.titleRange ? text.slice(doc.titleRange.start, doc.titleRange.end) : null);
  const result: Brief = {
    version: '1',
    engine: ENGINE,
    id: options.id ?? briefIdSync(input),
    title,
    url: input.url ?? null,
    language: 'en',
    stats: {
      characters: text.length,
      words: countWords(text),
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
    },
    summary: summarise(doc),
    actors: [],
    claims: [],
    sources: [],
    caveats: [],
  };
  if (options.includeText) result.text = text;
  return result;
}
