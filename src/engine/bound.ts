/**
 * The brief bounded by construction (issue 12.2), applied last in `brief()`:
 * 1. duplicate and nested mentions of one actor or source, and duplicate roles and aliases, go;
 * 2. names (actor, alias, role, source, speaker) are cut at NAME_MAX with an ellipsis;
 * 3. every list is cut at its ceiling (LIST_CEILINGS, src/schema/ceilings.ts), keeping its head
 *    (actors come ranked by salience, everything else in text order);
 * 4. if the JSON would still exceed OUTPUT_MULTIPLE x input + OUTPUT_SLACK, the five top-level
 *    lists share what is left fairly (smallest first, each keeps the prefix that fits its share).
 * Every cut list is named in `truncated`; references to cut actors and sources are dropped.
 * Linear in the size of the brief.
 */
import type { Actor, Brief, Claim, Range, Source } from '../schema/brief';
import { LIST_CEILINGS, NAME_MAX, OUTPUT_MULTIPLE, OUTPUT_SLACK, type CeilingList } from '../schema/ceilings';

type Lists = Pick<Brief, 'summary' | 'actors' | 'claims' | 'sources' | 'caveats'>;
const TOP: (keyof Lists)[] = ['summary', 'actors', 'claims', 'sources', 'caveats'];

export function capName(name: string): string {
  return name.length <= NAME_MAX ? name : `${name.slice(0, NAME_MAX - 1).trimEnd()}…`;
}

/** Mentions sorted by start with duplicates and mentions nested in an earlier one dropped. */
function dedupeRanges(ranges: Range[]): Range[] {
  // Mentions nearly always come in order already: then no copy and no sort.
  const sorted = inMentionOrder(ranges) ? ranges : ranges.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  let end = -1;
  for (const r of sorted) {
    if (r.end <= end) continue;
    out.push(r);
    end = r.end;
  }
  // Nothing dropped or moved (the usual case): the list as it came (no caller changes either).
  return out.length === ranges.length && sorted === ranges ? ranges : out;
}

/** Sorted as dedupeRanges sorts: by start, the longer of two with one start first. */
function inMentionOrder(ranges: Range[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    const a = ranges[i - 1];
    const b = ranges[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

function dedupeNames(names: string[], besides?: string): string[] {
  // No roles or aliases (most actors), or one: nothing to compare, no set to make.
  if (names.length === 0) return names;
  const name = besides?.toLowerCase();
  if (names.length === 1 && names[0].toLowerCase() !== name)
    return names[0].length <= NAME_MAX ? names : [capName(names[0])];
  // An alias that is the name in other capitals ("TESSA GRINDLE" of "Tessa Grindle") is no other name.
  const seen = new Set<string>(name === undefined ? [] : [capName(name)]);
  const out: string[] = [];
  let same = true;
  for (const n of names) {
    const capped = capName(n);
    const key = capped.toLowerCase();
    if (seen.has(key)) {
      same = false;
      continue;
    }
    seen.add(key);
    if (capped !== n) same = false;
    out.push(capped);
  }
  // Nothing dropped or cut (the usual case): the list as it came.
  return same ? names : out;
}

/** The list cut at its ceiling (its name added to `cut` when anything is cut). */
function ceil<T>(cut: Set<CeilingList>, list: T[], name: CeilingList): T[] {
  if (list.length <= LIST_CEILINGS[name]) return list;
  cut.add(name);
  return list.slice(0, LIST_CEILINGS[name]);
}

export function boundBrief<B extends Brief>(b: B, inputLength: number): B {
  const cut = new Set<CeilingList>();
  // An item nothing is cut from (nearly all) is kept as it is, not copied.
  const actors: Actor[] = ceil(cut, b.actors, 'actors').map((a) => {
    const name = capName(a.name);
    const roles = ceil(cut, dedupeNames(a.roles), 'actors.roles');
    const aliases = ceil(cut, dedupeNames(a.aliases, a.name), 'actors.aliases');
    const mentions = ceil(cut, dedupeRanges(a.mentions), 'actors.mentions');
    if (name === a.name && roles === a.roles && aliases === a.aliases && mentions === a.mentions) return a;
    return { ...a, name, roles, aliases, mentions };
  });
  const sources: Source[] = ceil(cut, b.sources, 'sources').map((s) => {
    const name = capName(s.name);
    const mentions = ceil(cut, dedupeRanges(s.mentions), 'sources.mentions');
    return name === s.name && mentions === s.mentions ? s : { ...s, name, mentions };
  });
  const claims: Claim[] = ceil(cut, b.claims, 'claims').map((c) => {
    const sourceIds = ceil(cut, c.sourceIds, 'claims.sourceIds');
    if (sourceIds === c.sourceIds && (!c.speaker || c.speaker.name.length <= NAME_MAX)) return c;
    return { ...c, speaker: c.speaker && { ...c.speaker, name: capName(c.speaker.name) }, sourceIds };
  });
  let lists: Lists = {
    summary: ceil(cut, b.summary, 'summary'),
    actors,
    claims,
    sources,
    caveats: ceil(cut, b.caveats, 'caveats'),
  };

  const budget = OUTPUT_MULTIPLE * inputLength + OUTPUT_SLACK;
  // An upper bound first, without serialising anything: a brief is rarely a quarter of its budget.
  let bound = 0;
  for (const k of TOP) if (lists[k].length) bound += jsonLengthBound(lists[k]) - 1;
  // The rest of the brief (made and) serialised only when its bound leaves the question open.
  let fixed = 0;
  if (fixedLengthBound(b) + bound > budget) {
    const empty = { ...b, summary: [], actors: [], claims: [], sources: [], caveats: [], truncated: [...TOP] };
    fixed = JSON.stringify(empty).length;
  }
  if (fixed + bound > budget) {
    // Each list serialised whole: its items' sizes plus one separator each sum to its length less one
    // ("[a,b]" is 5 = (1 + 1) + (1 + 1) + 1). Item by item only when the brief is over its budget.
    let total = 0;
    for (const k of TOP) if (lists[k].length) total += JSON.stringify(lists[k]).length - 1;
    if (fixed + total > budget) {
      const sizes = TOP.map((k) => (lists[k] as unknown[]).map((item) => JSON.stringify(item).length + 1));
      lists = share(lists, sizes, budget - fixed, cut);
    }
  }

  // References to what was cut go with it.
  const actorIds = new Set(lists.actors.map((a) => a.id));
  const sourceIds = new Set(lists.sources.map((s) => s.id));
  lists.claims = lists.claims.map((c) =>
    c.speaker?.actorId && !actorIds.has(c.speaker.actorId)
      ? { ...c, speaker: { ...c.speaker, actorId: null }, sourceIds: c.sourceIds.filter((id) => sourceIds.has(id)) }
      : c.sourceIds.every((id) => sourceIds.has(id))
        ? c
        : { ...c, sourceIds: c.sourceIds.filter((id) => sourceIds.has(id)) },
  );
  // A continued statement whose opening claim was cut (or dropped as furniture) is no longer linked.
  if (lists.claims.some((c) => c.continues !== undefined)) {
    const claimIds = new Set(lists.claims.map((c) => c.id));
    lists.claims = lists.claims.map((c) => (c.continues === undefined || claimIds.has(c.continues) ? c : unlinked(c)));
  }
  const out: B = { ...b, ...lists };
  if (cut.size) out.truncated = [...cut].sort();
  return out;
}

/**
 * At least the serialised length of the brief with its five lists empty and every list named in
 * `truncated` (what boundBrief measures first), read off the brief without making that copy.
 */
function fixedLengthBound(b: Brief): number {
  let n = 2 + 6 * 'truncated'.length + 4 + jsonLengthBound(TOP);
  for (const key in b) {
    if (key === 'truncated') continue;
    n += 6 * key.length + 4 + ((TOP as string[]).includes(key) ? 2 : jsonLengthBound(b[key as keyof Brief]));
  }
  return n;
}

function unlinked(c: Claim): Claim {
  const { continues: _dropped, ...rest } = c;
  return rest;
}

/**
 * At least `JSON.stringify(value).length` for plain data (strings, numbers, booleans, null, arrays
 * and plain objects, as a brief is): every string as if each character took a six-character escape,
 * a number as long as the longest a number can print, unless it is a small non-negative integer.
 */
export function jsonLengthBound(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 6 * value.length + 2;
    case 'number':
      // The longest a number prints is 25 characters: "-0.0000011695324642504192" (17 digits after six places).
      return Number.isInteger(value) && value >= 0 && value < 1e9 ? digits(value) : 25;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 2 + value.length;
        for (const item of value) n += jsonLengthBound(item);
        return n;
      }
      let n = 2;
      for (const key in value) n += 6 * key.length + 4 + jsonLengthBound((value as Record<string, unknown>)[key]);
      return n;
    }
    default:
      return 4; // undefined, a function or a symbol: left out, or "null" in an array
  }
}

/** Digits of a non-negative integer below 1e9 (at most: 9 from 100,000 on). */
function digits(n: number): number {
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 9;
}

/** Max-min fair shares of `room` characters among the lists, smallest first; each keeps a prefix. */
function share(lists: Lists, sizes: number[][], room: number, cut: Set<CeilingList>): Lists {
  const order = TOP.map((k, i) => ({ k, i, total: sizes[i].reduce((a, n) => a + n, 0) })).sort(
    (a, b) => a.total - b.total,
  );
  const out = { ...lists };
  let left = Math.max(0, room);
  order.forEach(({ k, i }, n) => {
    const mine = left / (order.length - n);
    let used = 0;
    let keep = 0;
    while (keep < sizes[i].length && used + sizes[i][keep] <= mine) used += sizes[i][keep++];
    if (keep < sizes[i].length) {
      (out[k] as unknown[]) = (lists[k] as unknown[]).slice(0, keep);
      cut.add(k);
    }
    left -= used;
  });
  return out;
}
