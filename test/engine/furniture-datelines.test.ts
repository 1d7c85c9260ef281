import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';

// Made-up articles: a wire lead with a colon dateline, and the colon shapes that are no dateline
// (a transcript's speakers, a headline's topic, a person's name in capitals).

const TITLE = 'Harbour Bridge Repairs Near Completion';
const LEAD = 'Mayor Tessa Grindle said on Monday that the harbour bridge would reopen in March after repairs.';
const MORE =
  'The council approved the repair budget on Tuesday, a council spokesman said.\n' +
  'Engineers flown in from Lisbon will inspect the cables next week.';

function furnitureOf(text: string) {
  return analyse(text).furniture.map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end) }));
}

describe('colon datelines', () => {
  it('takes "LISBON:" opening the first line of prose as a dateline, under a caption and its credit', () => {
    const text =
      `${TITLE}\n\nWorkers on the east span of the bridge at dusk on Monday.\n(Photo: Harbour Gazette)\n` +
      `LISBON: ${LEAD}\n${MORE}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'dateline', text: 'LISBON:' });
    const b = brief({ text });
    // The place is named in the prose too: it stays, without the dateline's capitals as an alias.
    const lisbon = b.actors.find((a) => a.name === 'Lisbon');
    expect(lisbon?.aliases).not.toContain('LISBON');
    expect(lisbon?.mentions.every((m) => m.start > text.indexOf(LEAD))).toBe(true);
    // The dateline is no speaker's label: one claim, the mayor's; the place is no source.
    const leads = b.claims.filter((c) => c.text.includes('reopen in March'));
    expect(leads.map((c) => c.speaker?.name)).toEqual(['Tessa Grindle']);
    expect(b.sources.map((s) => s.name)).not.toContain('Lisbon');
  });

  it('takes a colon dateline with a date or an agency tag whatever the place', () => {
    const text = `${TITLE}\n\nDUNMORE FALLS, May 3 (AFP): ${LEAD}\n${MORE}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'dateline', text: 'DUNMORE FALLS, May 3 (AFP):' });
    const names = brief({ text }).sources.map((s) => s.name);
    expect(names).toContain('AFP');
    expect(names.join()).not.toMatch(/DUNMORE/i);
  });

  it("keeps a transcript's speaker labels: no dateline, each speaker keeps their words", () => {
    const text =
      `${TITLE}\n\nOSLO: We will reopen the bridge in March, and the budget for it is approved.\n` +
      'GRINDLE: The council has not seen the final costs of the repairs yet, and we should wait.\n' +
      'OSTROM: Then the council should publish the costs before the vote next week.';
    expect(furnitureOf(text).some((f) => f.kind === 'dateline')).toBe(false);
    const b = brief({ text });
    const grindle = b.claims.find((c) => c.text.includes('final costs'));
    expect(grindle?.speaker?.name).toMatch(/GRINDLE|Grindle/);
  });

  it("keeps a lone speaker label in a person's name: no gazetteer place, no date, no agency", () => {
    const text = `${TITLE}\n\nGRINDLE: We will reopen the bridge in March, and the budget for it is approved.\n${MORE}`;
    expect(furnitureOf(text).some((f) => f.kind === 'dateline')).toBe(false);
  });

  it('reads a topic before a colon in a headline as the headline, not a dateline', () => {
    const title = 'PERU: Fresh Flood Warnings Along The Coast';
    const text = `${title}\n\n${LEAD}\n${MORE}`;
    expect(furnitureOf(text)[0]).toEqual({ kind: 'headline', text: title });
    const inBody = `${TITLE}\n\n${LEAD}\n\nPERU: Fresh Flood Warnings Along The Coast\n\n${MORE}`;
    expect(furnitureOf(inBody).some((f) => f.kind === 'dateline')).toBe(false);
  });

  it('takes no colon dateline below a paragraph of prose', () => {
    const text = `${TITLE}\n\n${LEAD}\nLISBON: The council approved the repair budget on Tuesday, a spokesman said.`;
    expect(furnitureOf(text).some((f) => f.kind === 'dateline')).toBe(false);
  });
});

describe('title claims', () => {
  it('drops a title claim left with no speaker ("Lawyer: ..."), keeps one that names its speaker', () => {
    const body = 'The harbour bridge will reopen in March, Mayor Tessa Grindle said on Monday.';
    const bare = `Lawyer: Harbour bridge cables showed no sign of wear\n\n${body}`;
    const end = bare.indexOf('\n');
    expect(brief({ text: bare }).claims.filter((c) => c.end <= end)).toEqual([]);
    const named = `Mayor Grindle Says Bridge Will Reopen In March\n\n${body}`;
    const inTitle = brief({ text: named }).claims.filter((c) => c.end <= named.indexOf('\n'));
    expect(inTitle.map((c) => c.speaker?.name)).toEqual(['Tessa Grindle']);
  });
});

describe('an agency dateline inside a line (a wire page pasted as one line)', () => {
  const HEAD = 'Harbour bridge to reopen MARCH 3, 2018 / 9:06 AM / A DAY AGO Gazette Staff LISBON (Reuters) – ';

  it('takes the page header up to the dateline as furniture, and the claim starts after it', () => {
    const text = `${HEAD}${LEAD.replace('Mayor Tessa Grindle said on Monday that the', 'The')}, Mayor Tessa Grindle said.`;
    expect(furnitureOf(text)[0]).toEqual({ kind: 'dateline', text: HEAD.trimEnd() });
    const claims = brief({ text }).claims;
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Tessa Grindle', 'The harbour bridge would reopen in March after repairs'],
    ]);
  });

  it('leaves a line alone when a sentence ends before the agency tag', () => {
    const text = `${LEAD} LISBON (Reuters) – Engineers will inspect the cables.`;
    expect(furnitureOf(text).filter((f) => f.kind === 'dateline')).toEqual([]);
  });
});
