import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';

// Made-up articles (issue 16, page furniture): an explainer whose sections open with a run-in
// heading, a Title Case phrase and a colon with the section's first sentence after it.

const EXPLAINER =
  'City shelters face a hard winter\n\n' +
  'The city opened four shelters last year.\n\n' +
  'Crowded Shelters Strain Budgets: The city spent $40 million on beds, and Mayor Lena Ross said more were needed.\n\n' +
  'The Gap Goes On: Rents rose again in May for the third month in a row, the Housing Board said.\n\n' +
  'Little Relief for Renters: Few tenants got help from the state fund this year.\n';

describe('run-in headings', () => {
  it('are headline furniture, only up to their colon', () => {
    const headlines = analyse(EXPLAINER)
      .furniture.filter((f) => f.kind === 'headline')
      .map((f) => EXPLAINER.slice(f.start, f.end));
    expect(headlines).toContain('Crowded Shelters Strain Budgets:');
    expect(headlines).toContain('The Gap Goes On:');
    expect(headlines).toContain('Little Relief for Renters:');
  });

  it('give no actor and no speaker; the sentences after them are reported as ever', () => {
    const b = brief({ text: EXPLAINER });
    const names = b.actors.map((a) => a.name);
    for (const junk of ['Shelters Strain Budgets', 'Gap Goes', 'Little Relief', 'Renters'])
      expect(names).not.toContain(junk);
    expect(names).toContain('Lena Ross');
    expect(b.claims.map((c) => [c.speaker?.name ?? null, c.text])).toEqual([
      ['Lena Ross', 'more were needed'],
      ['Housing Board', 'Rents rose again in May for the third month in a row'],
    ]);
  });

  it('a transcript’s speaker labels are no headings, long titles and all', () => {
    const text =
      'The debate went late.\n\n' +
      'Senate Majority Leader Mitch Vale: We will vote on the bill next week, whatever it takes.\n\n' +
      'House Speaker Dana Ruiz: The House will not pass it in this form, and he knows that.\n';
    expect(analyse(text).furniture.filter((f) => f.start > 0)).toEqual([]);
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).toEqual(['Mitch Vale', 'Dana Ruiz']);
  });

  it('one Title Case phrase before a colon is no set of sections', () => {
    const text = 'The council met.\n\nBudget Talks Drag On: The council met again on Monday and adjourned at noon.\n';
    // (The first line is the title.)
    expect(analyse(text).furniture.filter((f) => f.start > 0)).toEqual([]);
  });
});

describe('a claim after a headline line', () => {
  it('still reads a quotation under a title that names its speakers (blank lines between)', () => {
    const text =
      'Harbour Workers to the Mayor: “Fix the cranes”\n\n\n“We have asked for new cranes for three years, and nothing has happened at all.”\n\nThe mayor did not answer.';
    const b = brief({ text });
    expect(b.claims.some((c) => c.text.includes('We have asked for new cranes'))).toBe(true);
  });
});
