/**
 * CheckThat subjectivity recall classes (issue 16, round 3): a verdict of incoherence by idiom
 * ("the scheme makes no sense", "the figures do not add up", "nothing could be further from the
 * truth") and the writer's exhortation to the readers ("Let us hope ...", "Let's be honest").
 * Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('verdicts of incoherence by idiom', () => {
  it('flags "makes no sense" and "does not add up" in the author’s clause', () => {
    expect(author('The new toll on the coast road makes little sense.').join()).toContain('makes little sense');
    expect(author('The harbour board’s budget simply does not add up.').join()).toContain('add up');
    expect(author('Nothing could be further from the truth.').join()).toContain('further from the truth');
    expect(author('The harbour board’s new strategy is short on substance.').join()).toContain('short on substance');
    expect(author('The transport plan remains light on detail.').join()).toContain('light on detail');
  });

  it('leaves them to the speaker inside a quotation', () => {
    expect(author('“The toll makes no sense,” the ferry operator said.')).toEqual([]);
  });
});

describe('the writer’s exhortation', () => {
  it('flags a sentence-initial "Let us hope" whose hope reads as a claim', () => {
    expect(author('Let us hope the tribunal sees sense.').join()).toContain('let us hope');
    expect(author('Let’s hope the harbour board finally listens.').join()).toContain('let’s hope');
  });

  it('leaves "let" with another object and a reported exhortation alone', () => {
    expect(author('The council let the lease run out in May.')).toEqual([]);
    expect(author('“Let us pray,” the bishop said at the harbour.')).toEqual([]);
  });
});

describe('a label of authenticity the writer awards', () => {
  it('flags "real" / "true" before a noun of standing or of what matters', () => {
    expect(author('Real reformers would have scrapped the levy years ago.').join()).toContain('real reformers');
    expect(author('The town has seen precious few true leaders since the mill closed.').join()).toContain(
      'true leaders',
    );
    expect(author('The real scandal is the silence of the harbour board.').join()).toContain('real scandal');
  });

  it('leaves literal senses and reported labels alone', () => {
    expect(author('Real wages fell by 2 percent in the region last year.')).toEqual([]);
    expect(author('The film is based on a true story from the island.')).toEqual([]);
    expect(author('“The real problem is the ferry timetable,” the mayor said.')).toEqual([]);
  });
});

describe('the explainer’s moves', () => {
  it('leaves "Let’s look at" and "Let’s start with" alone', () => {
    expect(author('Let’s look at the ferry figures one by one.')).toEqual([]);
    expect(author('Let’s start with the harbour budget.')).toEqual([]);
  });
});

describe('a comparative verdict', () => {
  it('flags "no better example of" and "far better than"', () => {
    expect(author('There is no better example of civic neglect than the old pier.').join()).toContain(
      'no better example',
    );
    expect(author('The second ferry plan is far better than the first.').join()).toContain('far better than');
  });

  it('leaves a measure against expectation or a figure alone', () => {
    expect(author('Harvest yields were far better than expected this autumn.')).toEqual([]);
    expect(author('The storm damage was much worse than in 2019, the figures show.')).toEqual([]);
    expect(author('Each parcel was no bigger than 30 centimetres.')).toEqual([]);
  });
});

describe('a bare ranking of merit after a copula', () => {
  it('flags "is no better" and "are no worse than" another party or plan', () => {
    expect(author('The opposition is no better.').join()).toContain('no better');
    expect(author('The new draft is no worse than the one it replaced.').join()).toContain('no worse than');
  });

  it('leaves a measure, a forecast and a state of health alone', () => {
    expect(author('Harvests were no better than last year.')).toEqual([]);
    expect(author('Turnout was no better than 40 percent.')).toEqual([]);
    expect(author('The patient is no better, the hospital said.')).toEqual([]);
    expect(author('Families are no better off than in 2010.')).toEqual([]);
  });
});
