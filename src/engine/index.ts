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
import { MAX_FURNITURE } from '../schema/ceilings';
import { findActors } from './actors';
import { refineActors } from './actor-passes';
import { findAttribution } from './attribution';
import { boundBrief } from './bound';
import { findCaveats } from './caveats';
import { analyse, type Doc } from './document';
import { dropSpeakerlessTitleClaims, filterFurniture } from './furniture-filter';
import { creditSources } from './sources/credits';
import { dropFalseSources } from './sources/false-sources';
import { foldNestedUnnamed } from './sources/nested-unnamed';
import { checkSpeakers } from './speakers/speaker-slot';
import { resolveRoleAnaphors } from './speakers/role-anaphor';
import { detectLanguage } from './language';
import { briefIdSync, type BriefOptions } from './id';
import { summarise } from './summary';
import { unwrapSoftBreaks } from './text/soft-breaks';
import { Trace, type TraceEntry } from './trace';
import { ENGINE } from './version';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
}

export type { BriefOptions } from './id';
export { briefId, briefKeyMaterial } from './id';
export { ENGINE, ENGINE_VERSION } from './version';

export type { TraceEntry, TraceKind } from './trace';

/** A brief with the rule trace attached (`brief(input, { trace: true })`). */
export type TracedBrief = Brief & { trace?: TraceEntry[] };

export function brief(input: ArticleInput, options: BriefOptions = {}): TracedBrief {
  const { text } = input;
  const trace = options.trace ? new Trace() : undefined;
  // A sentence wrapped over lines is read whole; the offsets stay the submitted text's (text/soft-breaks.ts).
  const unwrapped = unwrapSoftBreaks(text);
  const doc = analyse(unwrapped, trace);
  const language = detectLanguage(doc);
  // The rules are English rules: another language gets stats and no extraction rather than noise.
  const english = language === 'en';
  const found = english ? refineActors(doc, findActors(doc)) : [];
  // Sourcing nouns that name no source dropped; outlet, agency and platform credits in the wire's frames added.
  const attribution = english
    ? creditSources(doc, foldNestedUnnamed(doc, dropFalseSources(doc, findAttribution(doc, found))))
    : { claims: [], sources: [] };
  // Nothing from page furniture (headline, byline, credits, embeds, widgets, forms) is kept.
  const extracted = english
    ? resolveRoleAnaphors(
        doc,
        checkSpeakers(
          doc,
          filterFurniture(doc, { actors: found, ...attribution, caveats: findCaveats(doc, attribution) }),
        ),
      )
    : { actors: [], claims: [], sources: [], caveats: [] };
  const { actors, sources, caveats } = extracted;
  const claims = dropSpeakerlessTitleClaims(doc, extracted.claims);
  const title = input.title?.trim() || (doc.titleRange ? text.slice(doc.titleRange.start, doc.titleRange.end) : null);
  const unbounded: TracedBrief = {
    version: '1',
    engine: ENGINE,
    id: options.id ?? briefIdSync(input),
    title,
    url: input.url ?? null,
    language,
    stats: {
      characters: text.length,
      words: doc.words.count,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
    },
    // Last, because it reads the others: who is salient, who said what, where the author opines.
    summary: english ? summarise(doc, { actors, claims, caveats }) : [],
    actors,
    claims,
    sources,
    caveats,
  };
  if (unwrapped !== text) verbatim(text, unbounded);
  const furniture = furnitureList(doc.furniture);
  if (furniture.length) unbounded.furniture = furniture;
  // Last: ceilings on every list and on the serialised size (engine/bound.ts).
  const result = boundBrief(unbounded, text.length + (input.title?.length ?? 0) + (input.url?.length ?? 0));
  if (options.includeText) result.text = text;
  if (trace) return { ...result, trace: trace.list() };
  return result;
}

/** Every span's text as the submitted text has it (its soft line breaks, not the spaces read in their place). */
function verbatim(text: string, b: Brief): void {
  for (const list of [b.summary, b.claims, b.caveats])
    for (const item of list) if (item.text.includes(' ')) item.text = text.slice(item.start, item.end);
}

/** The brief's furniture list: at most MAX_FURNITURE ranges (the schema's bound), in text order. */
function furnitureList(ranges: Doc['furniture']): NonNullable<Brief['furniture']> {
  return ranges.slice(0, MAX_FURNITURE).map(({ kind, start, end }) => ({ kind, start, end }));
}
