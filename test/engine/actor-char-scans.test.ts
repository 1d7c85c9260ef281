import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { lowerCaseWords } from '../../src/engine/actor-passes/common-words';

// Made-up articles. The speed round replaced regular expressions on slices in the actor code by
// char-code scans and cheap tests before them (sentence openings, "this ...", line-wrap gaps,
// generational suffixes, ", Ohio" and "of" around a name, "the"/"in" before it, role words, first
// names); these pin what each decides, so a scan that drifts from its pattern shows here.

const actors = (text: string) => brief({ text }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const actor = (text: string, name: string) => actors(text).find((a) => a.name === name);

describe('actor checks read by char codes', () => {
  it('drops a common word capitalised only where it opens a sentence', () => {
    const text =
      'Intelligence agencies were slow to act, said Marta Voss on Tuesday.\n\n' +
      'She said the intelligence community had warned ministers for months about the plan.';
    expect(names(text)).toEqual(['Marta Voss']);
  });

  it('drops a Title Case phrase after "this"', () => {
    const text =
      'Senator Alan Brisk said he would stop this Rigged Witch Hunt before the vote in the Senate next week.';
    expect(names(text)).not.toContain('Rigged Witch Hunt');
    expect(actor(text, 'Alan Brisk')?.roles).toEqual(['Senator']);
  });

  it('joins a place name split by a hard line wrap in prose', () => {
    const text =
      'Officials from the state of South\nDakota and from Nebraska met on Monday to discuss the new water rules for farms,\n' +
      'which farmers there have opposed for years, the governor said in a statement later.';
    expect(actor(text, 'South Dakota')?.type).toBe('place');
    expect(names(text)).not.toContain('South');
  });

  it('joins two one-mention names across a hard line wrap into one, with no alias', () => {
    const text =
      'Residents of the small fishing town of Kessock\nDunmore said on Monday that the new ferry timetable would cut them off,\n' +
      'and the harbour board said it would review the timetable within a month.';
    expect(actor(text, 'Kessock Dunmore')?.aliases).toEqual([]);
  });

  it('keeps a generational suffix apart from the father', () => {
    const text = 'Donald Trump Jr., the eldest son, spoke first. Donald Trump spoke after him and thanked the crowd.';
    expect(names(text)).toEqual(expect.arrayContaining(['Donald Trump', 'Donald Trump Jr.']));
  });

  it('types an unknown town with a state in apposition as a place', () => {
    const text = 'Farmers near Dunmore, Ohio, said on Monday that the river had flooded their fields again.';
    expect(actor(text, 'Dunmore')?.type).toBe('place');
  });

  it('reads a title run before a person and an apposition after', () => {
    const text =
      'Former Russian president Dmitry Medvedev warned on Monday. Medvedev, the former president, said he was not surprised.';
    expect(actor(text, 'Dmitry Medvedev')?.roles).toEqual(['Former Russian president', 'the former president']);
  });

  it('types one-word names by "the" and a preposition of place before them', () => {
    const text =
      'Fans travelled to Murrayfield on Saturday. The Halvig said in a statement that tickets were sold out, and officials in Tarrow agreed.';
    expect(actor(text, 'Murrayfield')?.type).toBe('place');
    expect(actor(text, 'Tarrow')?.type).toBe('place');
    expect(actor(text, 'Halvig')?.type).toBe('organization');
  });

  it('drops a name only talked about as a term', () => {
    const text = 'The word "Kessock" comes from an old dialect, writers say. The term "Dunmore" is older still.';
    expect(names(text)).toEqual([]);
  });

  it('resolves he and she by first names', () => {
    const text = 'Mary Pell met Tom Hask in Paris. She told reporters that he had agreed to the deal.';
    expect(actor(text, 'Mary Pell')?.mentions).toHaveLength(2);
    expect(actor(text, 'Tom Hask')?.mentions).toHaveLength(2);
  });

  it('types the one-word names of a counted list of towns as places', () => {
    const text =
      'The storm hit towns across the region: Dunmore (3), Kessock (1), Port Ellery (2) and Halvig (1) reported deaths.';
    expect(actors(text).map((a) => [a.name, a.type])).toEqual([
      ['Dunmore', 'place'],
      ['Kessock', 'place'],
      ['Port Ellery', 'place'],
      ['Halvig', 'place'],
    ]);
  });
});

describe('the lower-case words of a text, read by code points', () => {
  // The pattern the scan replaced: it must find exactly the same words on any text.
  const byPattern = (text: string) =>
    new Set([...text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu)].map((m) => m[0]));
  const samples = [
    'The council met; the mayor spoke. Then 12 members left at 9pm, and abc123 stayed.',
    "Don't stop: it's the co-op's e-mail, U.S.-made, naïve café owners in the straße.",
    'Greek: αβγ and Αβγ δέλτα; Turkish ı; titlecase ǅemal; modifier ʰx; ordinal ªb; cafe\u0301 bar.',
    'Astral: \u{1D41A}\u{1D41B} word \u{1D400}x, digits \u{1D7CE}ab, emoji \u{1F600}ok, lone \uD800ab \uDC00cd end',
    '',
    'x',
    'Ünïcode ÜBER über Éclair éclair',
  ];
  it('matches the regular expression it replaced', () => {
    for (const text of samples) expect([...lowerCaseWords(text)]).toEqual([...byPattern(text)]);
    expect([...lowerCaseWords(samples[0])]).toEqual([
      'council',
      'met',
      'the',
      'mayor',
      'spoke',
      'members',
      'left',
      'at',
      'and',
      'stayed',
    ]);
  });
});
