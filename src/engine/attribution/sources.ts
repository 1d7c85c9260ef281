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
  INSTITUTION_EXTRA_HEADS,
  REPRESENTATIVE_HEADS,
  REPORT_HEADS,
  VAGUE_REPORT_MODIFIERS,
} from '../data/source-terms';
import { CUES } from '../data/cues';
import { ORG_DESCRIPTORS, ORG_HEADS } from '../data/organizations';
import { hasMastheadShape, isNewsAgency, isOutlet } from '../data/outlets';
import { isPlatform } from '../data/platforms';
import { SOURCING, isCap, isQuoted, isWord, type Token } from './tokens';
import type { Trace } from '../trace';
import { firstStartingAt } from '../text/partition';
import { AUX, DETERMINERS, NP_STOP, PASSIVE_BE, WEAK_ANONYMOUS_HEADS } from '../data/speaker-words';
import { endsOutletName, endsWithNegation, isAdverb, isVerbLike } from './cue';
import { isSpaceCode } from '../text/spaces';

export class SourceRegistry {
  private readonly byKey = new Map<string, Source>();
  /** Each source's folded name (what `add` keyed it by), so matching a person does not fold every name again. */
  private readonly keyOf = new Map<Source, string>();
  /**
   * Person and official sources ("p medvedev"), organizations and outlets ("o network", "o
   * enquirer"), documents ("d article": "a Times article" ... "the article"), by the last word of
   * their folded name.
   */
  private readonly byLastWord = new Map<string, Source[]>();
  /** Unnamed sources by head stem ("official"), each list sorted by mention start. */
  private readonly anonymousByStem = new Map<string, { start: number; source: Source }[]>();
  /** Unnamed-source mentions sorted by start, for "which sourcing does this content hold". */
  private anonymousIndex: { start: number; end: number; id: string }[] | null = null;
  /**
   * Each source's mentions by start: the end of the first mention at that start, so a repeated
   * mention is found without scanning the list (small-integer keys: nothing made to hash). A second
   * end at the same start (rare) goes in `moreMentions`, as "start,end".
   */
  private readonly mentionEnds = new Map<Source, Map<number, number>>();
  private readonly moreMentions = new Map<Source, Set<string>>();
  /** Each unnamed source's head stems (`headStems`). */
  private readonly stemsOf = new Map<Source, string[]>();
  readonly list: Source[] = [];

  /** `trace`: the brief's rule trace, when one was asked for (each mention is listed with the rule that added it). */
  constructor(private readonly trace?: Trace) {}

  add(name: string, type: SourceType, anonymous: boolean, mention: Range, rule = 'source/added'): Source {
    const key = foldName(name);
    // People match people and bodies match bodies: "Public Citizen" is not "Craig Holman of Public Citizen".
    const kind =
      type === 'person' || type === 'official'
        ? 'p '
        : type === 'organization' || type === 'outlet' || type === 'news-agency'
          ? 'o '
          : type === 'document'
            ? 'd '
            : null;
    let s =
      this.byKey.get(key) ??
      (kind ? this.sameNamed(kind, key) : undefined) ??
      (type === 'outlet' ? this.newsForm(key, name) : undefined);
    if (!s) {
      s = { id: `s${this.list.length + 1}`, name, type, anonymous, mentions: [] };
      this.byKey.set(key, s);
      this.keyOf.set(s, key);
      this.list.push(s);
      if (kind) push(this.byLastWord, kind + lastWord(key), s);
    }
    this.mention(s, mention, rule);
    return s;
  }

  mention(s: Source, r: Range, rule = 'source/mentioned'): void {
    this.trace?.add('source', r.start, r.end, rule);
    // An index, not a scan of the list: text full of sourcing gives one source thousands of mentions.
    let ends = this.mentionEnds.get(s);
    if (!ends) this.mentionEnds.set(s, (ends = new Map()));
    const end = ends.get(r.start);
    if (end === undefined) ends.set(r.start, r.end);
    else if (end === r.end) return;
    else {
      let more = this.moreMentions.get(s);
      if (!more) this.moreMentions.set(s, (more = new Set()));
      const key = `${r.start},${r.end}`;
      if (more.has(key)) return;
      more.add(key);
    }
    s.mentions.push({ start: r.start, end: r.end });
    if (s.anonymous) {
      for (const stem of this.headStems(s)) {
        let list = this.anonymousByStem.get(stem);
        if (!list) this.anonymousByStem.set(stem, (list = []));
        // Mostly in text order: append; insert only what arrives out of order.
        const entry = { start: r.start, source: s };
        if (list.length === 0 || list[list.length - 1].start <= r.start) list.push(entry);
        else list.splice(firstStartingAt(list, r.start + 1), 0, entry);
      }
    }
  }

  /** The head stems of an unnamed source's name ("official" of "two U.S. officials"), worked out once per source. */
  private headStems(s: Source): readonly string[] {
    let stems = this.stemsOf.get(s);
    if (!stems) {
      stems = [];
      for (const w of s.name.toLowerCase().split(/\s+/)) {
        const stem = w.replace(/s$/, '');
        if (ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(stem)) stems.push(stem);
      }
      this.stemsOf.set(s, stems);
    }
    return stems;
  }

  /**
   * Rule source/outlet-without-news: "Breitbart" and "Breitbart News" are one outlet, named in full
   * (`name` is the one being added, `key` its folded form).
   */
  private newsForm(key: string, name: string): Source | undefined {
    if (key.endsWith(' news')) {
      const s = this.byKey.get(key.slice(0, -' news'.length));
      if (s?.type !== 'outlet') return undefined;
      s.name = name;
      this.byKey.set(key, s);
      return s;
    }
    const s = this.byKey.get(`${key} news`);
    return s?.type === 'outlet' ? s : undefined;
  }

  /** "Medvedev" after "Dmitry Medvedev" (or before it): one person, named once in full; "the network" after "the state-financed network". */
  /** A person or official source already named so, in full or by a last part ("Baxter" for "Tom Baxter"). */
  personNamed(name: string): Source | undefined {
    const key = foldName(name);
    const s = this.byKey.get(key) ?? this.sameNamed('p ', key);
    return s && (s.type === 'person' || s.type === 'official') ? s : undefined;
  }

  private sameNamed(kind: string, key: string): Source | undefined {
    for (const s of this.byLastWord.get(kind + lastWord(key)) ?? []) {
      const other = this.keyOf.get(s)!;
      if (other.endsWith(` ${key}`) || key.endsWith(` ${other}`)) return s;
    }
    return undefined;
  }

  /** The latest unnamed source before `before` whose name holds this head noun ("official" joins "two U.S. officials"). */
  latestAnonymous(head: string, before: number): Source | null {
    const list = this.anonymousByStem.get(head.replace(/s$/, ''));
    if (!list) return null;
    const at = firstStartingAt(list, before) - 1;
    return at >= 0 ? list[at].source : null;
  }

  /** Freeze the unnamed-source mentions found so far into a sorted index for `anonymousWithin`. */
  indexAnonymous(): void {
    const idx: { start: number; end: number; id: string }[] = [];
    for (const s of this.list)
      if (s.anonymous) for (const m of s.mentions) idx.push({ start: m.start, end: m.end, id: s.id });
    this.anonymousIndex = idx.sort((a, b) => a.start - b.start);
  }

  /** Ids of unnamed sources with a mention inside [start, end), in text order. */
  anonymousWithin(start: number, end: number): readonly string[] {
    const idx = this.anonymousIndex ?? [];
    // Most documents have no unnamed sourcing at all: nothing to search (this runs per claim).
    if (idx.length === 0) return NONE;
    const lo = firstStartingAt(idx, start);
    // Most claims hold no unnamed sourcing: one shared empty answer, nothing allocated.
    if (lo >= idx.length || idx[lo].start >= end) return NONE;
    const out: string[] = [];
    for (let k = lo; k < idx.length && idx[k].start < end && out.length < 8; k++)
      if (idx[k].end <= end && !out.includes(idx[k].id)) out.push(idx[k].id);
    return out;
  }
}

const NONE: readonly string[] = [];
/** A web address's ending after an outlet's name ("Bloomberg.com"). */
const SITE_SUFFIX = /\.(?:com|org|net|co\.uk|com\.au)$/i;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lastWord(key: string): string {
  const i = key.lastIndexOf(' ');
  return i < 0 ? key : key.slice(i + 1);
}

export function foldName(name: string): string {
  const lower = name.toLowerCase();
  // Most names need nothing more: no possessive, article, or white space other than single spaces.
  if (isPlainFolded(lower)) return lower;
  return lower
    .replace(/[\u2019']s$/, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Would the replacements in `foldName` leave this lower-cased name as it is? Printable ASCII
 * only (anything else might be white space or a curly apostrophe), single spaces inside, no
 * leading article, no final "'s".
 */
function isPlainFolded(lower: string): boolean {
  const n = lower.length;
  if (n === 0 || lower.charCodeAt(0) === 32 || lower.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    if (c === 32 && lower.charCodeAt(i + 1) === 32) return false;
  }
  if (n >= 2 && lower.charCodeAt(n - 1) === 115 && lower.charCodeAt(n - 2) === 39) return false;
  const space = lower.indexOf(' ');
  if (space === 1 && lower.charCodeAt(0) === 97) return false;
  if (space === 2 && lower.startsWith('an')) return false;
  if (space === 3 && lower.startsWith('the')) return false;
  return true;
}

/**
 * The type of a named channel or speaker from the gazetteers, or null when they do not know it.
 * Asked up to three times per claim, mostly about names asked before (the same speaker, the same
 * actor): the answers are kept (the gazetteers never change, so an answer depends only on the
 * name), and the work of reading a new name (three replacements, four gazetteer look-ups, each
 * lower-casing it again) is done once.
 */
export function channelType(name: string): SourceType | null {
  let type = CHANNEL_TYPES.get(name);
  if (type === undefined) {
    // A bound on the memory: start again when full (the answers are the same either way).
    if (CHANNEL_TYPES.size >= MAX_CHANNEL_TYPES) CHANNEL_TYPES.clear();
    CHANNEL_TYPES.set(name, (type = readChannelType(name)));
  }
  return type;
}

const CHANNEL_TYPES = new Map<string, SourceType | null>();
const MAX_CHANNEL_TYPES = 4096;

function readChannelType(name: string): SourceType | null {
  // "Bloomberg.com", "CNN.com.": a site is its outlet.
  const n = name
    .replace(/[\u2019']s$/, '')
    .replace(/\.$/, '')
    .replace(SITE_SUFFIX, '');
  if (isNewsAgency(n)) return 'news-agency';
  if (isOutlet(n)) return 'outlet';
  if (isPlatform(n)) return 'platform';
  if (hasMastheadShape(n)) return 'outlet';
  return null;
}

export function isDocumentNoun(word: string): boolean {
  return DOCUMENT_NOUNS.has(word.toLowerCase());
}

/** Does a speaker phrase ending in `head` (lower case) name a body ("the embassy", "the group")? */
export function isInstitutionNoun(head: string): boolean {
  return ORG_HEADS.has(head) || ORG_DESCRIPTORS.has(head) || INSTITUTION_EXTRA_HEADS.has(head);
}

/** Words that end the walk back from a sourcing head to its quantifier. */
const QUANTIFIER_STOPS = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'and',
  'or',
  'of',
  'said',
  'says',
  'by',
  'with',
  'to',
  'from',
  'for',
  'that',
]);
/** Determiners that make a bare head point back ("the officials said", "these officials said"). */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['the', 'these', 'those']);
/** Words that end an unnamed source's tail ("familiar with the talks who ..."). */
const TAIL_STOPS = new Set(['and', 'who', 'which', 'that']);

/**
 * The phrase opening at t[from] describes somebody rather than citing a source: it follows a name
 * as its apposition ("Bryan Pagliano, a former technology aide to ...") or a form of "be" as its
 * predicate ("Pagliano is a crucial witness").
 */
function describesSomeone(t: Token[], from: number): boolean {
  const before = t[from - 1];
  if (!before) return false;
  // "who is (now) an adviser to ...", "served as a spokesman", "became an aide": a role predicated of someone.
  let p = from - 1;
  while (p > 0 && isWord(t[p]) && (isAdverb(t[p]) || (AUX.has(t[p].lower) && !PASSIVE_BE.has(t[p].lower)))) p--;
  if (isWord(t[p]) && PASSIVE_BE.has(t[p].lower)) return true;
  // ("As an official said" opens a clause: sourcing. "served as an aide" gives a role.)
  if (
    isWord(t[p]) &&
    PREDICATING.has(t[p].lower) &&
    (t[p].lower !== 'as' || (p > 0 && isWord(t[p - 1]) && !isCap(t[p - 1])))
  )
    return true;
  const name = t[from - 2];
  // "In Washington, a senior official said": a place after a preposition sets the scene.
  const scene = from >= 3 && SCENE_PREPOSITIONS.has(t[from - 3].lower);
  return before.text === ',' && !!name && isWord(name) && isCap(name) && from - 2 > 0 && !scene;
}
/** Words that give someone a role: "served as", "became", "remains". */
const PREDICATING: ReadonlySet<string> = new Set(['as', 'became', 'becomes', 'become', 'remains', 'remained']);
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'near', 'across', 'outside']);

/**
 * Unnamed sourcing in one stretch of tokens: "two U.S. officials", "a senior official",
 * "people familiar with the move", "sources", "widespread reports".
 */
export function scanAnonymous(text: string, t: Token[], registry: SourceRegistry): void {
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!isWord(w) || !(w.flags & SOURCING)) continue;
    // ("Fox News reports that": the capitalised "News" ends the outlet's name, which speaks.)
    if (REPORT_HEADS.has(w.lower) && i > 0 && VAGUE_REPORT_MODIFIERS.has(t[i - 1].lower) && !endsOutletName(t, i)) {
      const range = { start: t[i - 1].start, end: w.end };
      registry.add(text.slice(range.start, range.end), 'anonymous', true, range, 'source/vague-report');
      continue;
    }
    // Capitalised only at the start of a sentence ("People familiar with ...").
    if (!ANONYMOUS_HEADS.has(w.lower) || (isCap(w) && i > 0 && isWord(t[i - 1]))) continue;
    // Back over modifiers to a quantifier ("two U.S.", "a senior administration", "two other").
    let k = i - 1;
    let q = -1;
    while (k >= 0 && i - k <= 5 && isWord(t[k])) {
      if (ANONYMOUS_QUANTIFIERS.has(t[k].lower)) q = k;
      else if (q >= 0) break;
      else if (QUANTIFIER_STOPS.has(t[k].lower)) break;
      k--;
    }
    // "the same official", "these officials": a back-reference, joined to the earlier source by the claim resolver.
    if (q > 0 && t[q].lower === 'same' && t[q - 1].lower === 'the') continue;
    if (q < 0 && i > 0 && BACK_REFERENCES.has(t[i - 1].lower) && !tailAt(t, i + 1)) continue;
    // The tail: "familiar with the move", "close to the president".
    let end = i + 1;
    // "an adviser to the mayor", "Aides to Mr. Trump": whom they serve (counted or opening the sentence).
    const served = q >= 0 || i === 0 || !isWord(t[i - 1]) ? servedEnd(t, i) : -1;
    const tail = served > 0 ? TO : tailAt(t, i + 1);
    if (served > 0) end = served;
    else if (tail) {
      end = i + 1 + tail.length;
      while (
        end < t.length &&
        isWord(t[end]) &&
        !isQuoted(t[end]) === !isQuoted(w) &&
        !CUES.has(t[end].lower) &&
        end - i < 9 &&
        !TAIL_STOPS.has(t[end].lower)
      )
        end++;
    }
    const next = t[end];
    const cueNext = next && isWord(next) && CUES.has(next.lower) && !isCap(next);
    const weakHead = WEAK_ANONYMOUS_HEADS.has(w.lower);
    if (weakHead ? !(tail || (q >= 0 && cueNext)) : !(q >= 0 || tail || (BARE_ANONYMOUS.has(w.lower) && cueNext)))
      continue;
    // A name after the head ("a source, John Smith") makes it a named source: skip.
    const from = q >= 0 ? q : i;
    if (describesSomeone(t, from)) continue;
    const range = { start: t[from].start, end: t[end - 1].end };
    registry.add(text.slice(range.start, range.end), 'anonymous', true, range, 'source/unnamed-sourcing');
    i = end - 1;
  }
}

const CREDIT = /^\s*(?:\u2014|\u2015|\u2013|--|-)\s*([^\n(@]{1,60}?)\s*\(@\w{1,30}\)/u;

/** Is the first character of text[from, to) after white space a dash (what CREDIT must start with)? */
function opensWithDash(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  return c === 0x2014 || c === 0x2015 || c === 0x2013 || c === 45;
}

/** "— Axios (@axios) September 27, 2018": the author of an embedded post is a source. */
export function scanEmbedCredits(
  text: string,
  paragraphs: readonly Range[],
  registry: SourceRegistry,
  typeOfActorAt: (r: Range) => SourceType | null,
): void {
  for (const p of paragraphs) {
    let lineStart = p.start;
    while (lineStart < p.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > p.end) lineEnd = p.end;
      const limit = Math.min(lineEnd, lineStart + 200);
      // Most lines do not open with a dash: rule them out before slicing and matching.
      const line = opensWithDash(text, lineStart, limit) ? text.slice(lineStart, limit) : '';
      const m = line ? CREDIT.exec(line) : null;
      if (m) {
        const name = m[1].trim();
        const at = lineStart + line.indexOf(name, m.index);
        const range = { start: at, end: at + name.length };
        // "— WHO (@WHO)", "— City of Westerville (@...)": a body's account is the body's.
        registry.add(name, channelType(name) ?? typeOfActorAt(range) ?? 'person', false, range, 'source/embed-credit');
      }
      lineStart = lineEnd + 1;
    }
  }
}

/** The first of ANONYMOUS_TAILS whose words are t[at], t[at + 1], ... (loops, not find/every: no closure per sourcing word). */
/**
 * After an aide's or adviser's head at i, "to" and whom they serve ("to the mayor", "to Gov. Tom
 * Hale", "to his boss"): the end of that phrase (exclusive), or -1 ("aides to leave" serves nobody).
 */
function servedEnd(t: Token[], i: number): number {
  if (t[i + 1]?.lower !== 'to' || !REPRESENTATIVE_HEADS.has(t[i].lower)) return -1;
  let e = i + 2;
  const determined = e < t.length && isWord(t[e]) && (DETERMINERS.has(t[e].lower) || POSSESSIVES.has(t[e].lower));
  if (determined) e++;
  const first = e;
  while (e < t.length && e - first < 5 && isWord(t[e]) && !isQuoted(t[e])) {
    const lower = t[e].lower;
    if (
      !isCap(t[e]) &&
      (!determined || NP_STOP.has(lower) || CUES.has(lower) || isVerbLike(lower) || endsWithNegation(lower))
    )
      break;
    e++;
  }
  return e > first ? e : -1;
}
const TO: readonly string[] = ['to'];
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

function tailAt(t: Token[], at: number): readonly string[] | undefined {
  for (let k = 0; k < ANONYMOUS_TAILS.length; k++) {
    const tl = ANONYMOUS_TAILS[k];
    let n = 0;
    while (n < tl.length && at + n < t.length && t[at + n].lower === tl[n]) n++;
    if (n === tl.length) return tl;
  }
  return undefined;
}
