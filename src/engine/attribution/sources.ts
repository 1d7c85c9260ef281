/**
 * Sources: the outlets, agencies, platforms, officials, documents and unnamed sourcing an article
 * rests on, one entry per distinct source with every mention, typed and flagged `anonymous`.
 *
 * Approach: a registry keyed by the folded name. Speakers and channels ("on Telegram",
 * "according to TASS", "in a statement") are registered as claims are resolved; one linear scan
 * over the tokens adds unnamed sourcing wherever it stands, quotations included ("two U.S.
 * officials and two other people familiar with the move said", "widespread reports"), and the
 * credit lines of embedded posts ("— Axios (@axios) September 27, 2018").
 *
 * Known limits: back-references ("the same official", "the source") join the latest unnamed
 * source with the same head noun; a different official introduced without a quantifier is merged.
 */
import type { Range, Source, SourceType } from '../../schema/brief';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_QUANTIFIERS,
  ANONYMOUS_TAILS,
  BARE_ANONYMOUS,
  DOCUMENT_NOUNS,
  REPORT_HEADS,
  VAGUE_REPORT_MODIFIERS,
} from '../data/source-terms';
import { CUES } from '../data/cues';
import { isNewsAgency, isOutlet } from '../data/outlets';
import { isPlatform } from '../data/platforms';
import type { Token } from './tokens';

export class SourceRegistry {
  private readonly byKey = new Map<string, Source>();
  readonly list: Source[] = [];

  add(name: string, type: SourceType, anonymous: boolean, mention: Range): Source {
    const key = foldName(name);
    let s = this.byKey.get(key) ?? (type === 'person' || type === 'official' ? this.samePerson(key) : undefined);
    if (!s) {
      s = { id: `s${this.list.length + 1}`, name, type, anonymous, mentions: [] };
      this.byKey.set(key, s);
      this.list.push(s);
    }
    addMention(s, mention);
    return s;
  }

  /** "Medvedev" after "Dmitry Medvedev" (or before it): one person, named once in full. */
  private samePerson(key: string): Source | undefined {
    for (const s of this.list) {
      if (s.anonymous || (s.type !== 'person' && s.type !== 'official')) continue;
      const other = foldName(s.name);
      if (other.endsWith(` ${key}`)) return s;
      if (key.endsWith(` ${other}`)) {
        s.name = key === foldName(key) ? s.name : s.name;
        return s;
      }
    }
    return undefined;
  }

  /** The latest unnamed source whose name holds this head noun ("official" joins "two U.S. officials"). */
  latestAnonymous(head: string, before: number): Source | null {
    const stem = head.replace(/s$/, '');
    let best: Source | null = null;
    let bestAt = -1;
    for (const s of this.list) {
      if (!s.anonymous) continue;
      if (!s.name.toLowerCase().split(/\s+/).some((w) => w.replace(/s$/, '') === stem)) continue;
      const at = s.mentions.reduce((m, r) => (r.start < before && r.start > m ? r.start : m), -1);
      if (at > bestAt) {
        best = s;
        bestAt = at;
      }
    }
    return best;
  }

  /** Sources with a mention inside [start, end). */
  within(start: number, end: number): Source[] {
    return this.list.filter((s) => s.mentions.some((m) => m.start >= start && m.end <= end));
  }
}

function addMention(s: Source, r: Range): void {
  if (!s.mentions.some((m) => m.start === r.start && m.end === r.end)) s.mentions.push({ start: r.start, end: r.end });
}

export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']s$/, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The type of a named channel or speaker from the gazetteers, or null when they do not know it. */
export function channelType(name: string): SourceType | null {
  const n = name.replace(/[\u2019']s$/, '');
  if (isNewsAgency(n)) return 'news-agency';
  if (isOutlet(n)) return 'outlet';
  if (isPlatform(n)) return 'platform';
  return null;
}

export function isDocumentNoun(word: string): boolean {
  return DOCUMENT_NOUNS.has(word.toLowerCase());
}

/**
 * Unnamed sourcing in one stretch of tokens: "two U.S. officials", "a senior official",
 * "people familiar with the move", "sources", "widespread reports".
 */
export function scanAnonymous(text: string, t: Token[], registry: SourceRegistry): void {
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w.word) continue;
    if (REPORT_HEADS.has(w.lower) && i > 0 && VAGUE_REPORT_MODIFIERS.has(t[i - 1].lower)) {
      registry.add(text.slice(t[i - 1].start, w.end), 'anonymous', true, { start: t[i - 1].start, end: w.end });
      continue;
    }
    // Capitalised only at the start of a sentence ("People familiar with ...").
    if (!ANONYMOUS_HEADS.has(w.lower) || (w.cap && i > 0 && t[i - 1].word)) continue;
    // Back over modifiers to a quantifier ("two U.S.", "a senior administration", "two other").
    let k = i - 1;
    let q = -1;
    while (k >= 0 && i - k <= 5 && t[k].word) {
      if (ANONYMOUS_QUANTIFIERS.has(t[k].lower)) q = k;
      else if (q >= 0) break;
      else if (['the', 'his', 'her', 'their', 'its', 'and', 'or', 'of', 'said', 'says', 'by', 'with', 'to', 'from', 'for', 'that'].includes(t[k].lower)) break;
      k--;
    }
    // "the same official": a back-reference, joined to the earlier source by the claim resolver.
    if (q > 0 && t[q].lower === 'same' && t[q - 1].lower === 'the') continue;
    // The tail: "familiar with the move", "close to the president".
    let end = i + 1;
    const tail = ANONYMOUS_TAILS.find((tl) => tl.every((word, n) => t[i + 1 + n]?.lower === word));
    if (tail) {
      end = i + 1 + tail.length;
      while (end < t.length && t[end].word && !t[end].quoted === !w.quoted && !CUES.has(t[end].lower) && end - i < 9 && !['and', 'who', 'which', 'that'].includes(t[end].lower)) end++;
    }
    const next = t[end];
    const cueNext = next && next.word && CUES.has(next.lower) && !next.cap;
    const weakHead = w.lower === 'people' || w.lower === 'person' || w.lower === 'individuals' || w.lower === 'individual' || w.lower === 'members' || w.lower === 'member' || w.lower === 'employees' || w.lower === 'employee' || w.lower === 'witnesses' || w.lower === 'associates' || w.lower === 'lawmakers' || w.lower === 'lawmaker';
    if (weakHead ? !(tail || (q >= 0 && cueNext)) : !(q >= 0 || tail || (BARE_ANONYMOUS.has(w.lower) && cueNext))) continue;
    // A name after the head ("a source, John Smith") makes it a named source: skip.
    const from = q >= 0 ? q : i;
    const range = { start: t[from].start, end: t[end - 1].end };
    registry.add(text.slice(range.start, range.end), 'anonymous', true, range);
    i = end - 1;
  }
}

/** "— Axios (@axios) September 27, 2018": the author of an embedded post is a source. */
export function scanEmbedCredits(text: string, paragraphs: readonly Range[], registry: SourceRegistry): void {
  for (const p of paragraphs) {
    let lineStart = p.start;
    while (lineStart < p.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > p.end) lineEnd = p.end;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
      const m = /^\s*(?:\u2014|\u2015|\u2013|--|-)\s*([^\n(@]{1,60}?)\s*\(@\w{1,30}\)/u.exec(line);
      if (m) {
        const name = m[1].trim();
        const at = lineStart + line.indexOf(name, m.index);
        registry.add(name, channelType(name) ?? 'person', false, { start: at, end: at + name.length });
      }
      lineStart = lineEnd + 1;
    }
  }
}
