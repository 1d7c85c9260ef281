/**
 * Source linking: unnamed sourcing anywhere in the text, and the channels a cue clause names ("on
 * Fox News", "according to TASS", "in a statement"), registered as sources of the claim.
 */
import type { Range, Source } from '../../schema/brief';
import type { DocTokens } from '../text/word-tokens';
import { ANONYMOUS_HEADS } from '../data/source-terms';
import { NO_QUOTES } from './resolution';
import { SourceRegistry, channelType, isDocumentNoun, scanAnonymous } from './sources';
import { isWord, tokenize, type Token } from './tokens';
import { recordSourceType } from './record-phrase';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');

export function scanAllAnonymous(text: string, sourcing: Token[][], registry: SourceRegistry): void {
  for (let k = 0; k < sourcing.length; k++) scanAnonymous(text, sourcing[k], registry);
}

export function registerVia(
  text: string,
  v: Range & { how: string },
  registry: SourceRegistry,
  docWords: DocTokens,
): Source | null {
  const raw = text.slice(v.start, v.end);
  const words = raw.split(/\s+/);
  if (v.how === 'in') {
    // "in a statement", "in a letter to ...": the document; "in an interview with CNN" has CNN as its channel.
    const head = words.find((w) => isDocumentNoun(w));
    if (!head || !/^(a|an|the|his|her|their|its)$/i.test(words[0])) return null;
    const at = v.start + raw.indexOf(head);
    return registry.add(
      head.toLowerCase(),
      head.toLowerCase() === 'report' ? 'report' : 'document',
      false,
      {
        start: at,
        end: at + head.length,
      },
      'source/via-document',
    );
  }
  // Named channels: the capitalised run ("Fox News’s" -> "Fox News", "TASS", "Telegram").
  let name = raw.replace(/[\u2019']s$/, '');
  const type = channelType(name);
  if (v.how === 'according') {
    const t = tokenize(text, v.start, v.end, NO_QUOTES, docWords);
    const anonymousHead = t.some((w) => ANONYMOUS_HEADS.has(w.lower));
    if (anonymousHead && !type) return registry.add(raw, 'anonymous', true, v, 'source/according-to-unnamed');
    if (!type && !RE_STARTS_UPPER.test(raw)) return null;
    // "according to FBI records": the record, not a body called "FBI records".
    const record = type ? null : recordSourceType(t.filter(isWord));
    if (record) return registry.add(raw, record, false, v, 'source/according-to-record');
    // "According to Baxter" after "Tom Baxter said": the person already a source, not a body called "Baxter".
    const person = type ? undefined : registry.personNamed(name);
    if (person) {
      registry.mention(person, { start: v.start, end: v.start + name.length }, 'source/according-to-person');
      return person;
    }
    return registry.add(
      name,
      type ?? 'organization',
      false,
      { start: v.start, end: v.start + name.length },
      'source/according-to',
    );
  }
  if (!type) {
    // "on Fox News’s “Fox and Friends”": try the run without its last words.
    const run = words.filter((w) => RE_STARTS_UPPER.test(w));
    name = run.join(' ').replace(/[\u2019']s$/, '');
    if (!run.length || !channelType(name)) return null;
  }
  const start = v.start + raw.indexOf(name);
  return registry.add(name, channelType(name)!, false, { start, end: start + name.length }, 'source/via-channel');
}
