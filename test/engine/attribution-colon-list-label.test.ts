import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up report: a list of findings whose items open with capitalised plural labels, then a
// transcript whose turns open with speakers' labels. Rule name-colon/common-noun-label.
describe('a list label before a colon is no speaker', () => {
  const text =
    'The harbour board published its yearly review of the ferries.\n\n' +
    'North Pier\nPresent Problems: The old ramp floods at high tide and the problems grow each year.\n' +
    'Possible Solutions: The board will raise the ramp, one of several solutions it weighed.\n\n' +
    'At the hearing, the exchange went as follows.\n' +
    'Defense Attorney: Where did the ferry stop that night?\n' +
    'Jane Rose: It stopped at the old ramp, as it always does.\n\n' +
    'Jane Rose has worked on the ferries since 2004, and the rose garden by the pier is hers.';

  it('takes no claim from "Present Problems:" or "Possible Solutions:"', () => {
    const speakers = brief({ text }).claims.map((c) => c.speaker?.name ?? null);
    expect(speakers).not.toEqual(expect.arrayContaining([expect.stringMatching(/Problems|Solutions/)]));
  });

  it('still reads the turns of a transcript', () => {
    const claims = brief({ text }).claims;
    expect(claims.find((c) => c.text.includes('Where did the ferry stop'))?.speaker?.name).toBe('Defense Attorney');
    expect(claims.find((c) => c.text.includes('It stopped at the old ramp'))?.speaker?.name).toBe('Jane Rose');
  });
});
