/**
 * Output amplification (issue 12.2): no input may multiply into a brief (or a form page) many
 * times its size. Caveats are clipped to their sentence and merged within a kind, every list has
 * a ceiling, and the serialised brief stays within a fixed multiple of the input.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../scripts/bench/shapes';
import { brief } from '../../src/engine';
import { briefToMarkdown } from '../../src/engine/markdown';
import { Brief } from '../../src/schema/brief';
import { LIST_CEILINGS, NAME_MAX, OUTPUT_MULTIPLE, OUTPUT_SLACK } from '../../src/schema/ceilings';

const ID = '0'.repeat(64);

describe('caveats are bounded', () => {
  it('merges overlapping caveats of one kind: a long clause of opinion cues gives one caveat, not one per cue', () => {
    // One 1,000-character clause: each "should" used to reach 400 characters on, overlapping the next ones.
    const text = 'we should '.repeat(100) + 'now.';
    const b = brief({ text }, { id: ID });
    for (const kind of new Set(b.caveats.map((k) => k.kind))) {
      for (const voice of ['author', 'attributed']) {
        const same = b.caveats.filter((k) => k.kind === kind && k.voice === voice);
        for (let i = 1; i < same.length; i++) expect(same[i].start).toBeGreaterThanOrEqual(same[i - 1].end);
      }
    }
    expect(b.caveats.filter((k) => k.kind === 'opinion')).toHaveLength(1);
  });

  it('never lets a caveat run past the sentence it starts in (a quotation running on into the next paragraph)', () => {
    const text =
      'John Smith said: “We must act now on this plan.\n\n“It is time for all of us to go.”\nSmith also said: “We will win.”';
    const b = brief({ text }, { id: ID });
    const single = b.caveats.find((k) => k.kind === 'single-source');
    expect(single?.text).toBe('“We must act now on this plan.');
    const firstEnd = text.indexOf('.') + 1;
    for (const k of b.caveats.filter((x) => x.start < firstEnd)) expect(k.end).toBeLessThanOrEqual(firstEnd);
  });

  it('keeps opinion text with no commas to a brief a few times the input, not a hundred', () => {
    const text = 'I think we should must '.repeat(4000);
    const b = brief({ text }, { id: ID });
    expect(JSON.stringify(b).length).toBeLessThan(10 * text.length + 32 * 1024);
  });
});

describe('every list has a ceiling', () => {
  it('cuts a list at its ceiling and says so in `truncated`', () => {
    const text = 'It seems so. '.repeat(3000);
    const b = brief({ text }, { id: ID });
    expect(b.caveats.length).toBe(LIST_CEILINGS.caveats);
    expect(b.truncated).toContain('caveats');
    expect(Brief.safeParse(b).success).toBe(true);
  });

  it('leaves `truncated` out when nothing was cut', () => {
    const b = brief({ text: 'A storm hit the coast on Monday, officials said.' }, { id: ID });
    expect(b.truncated).toBeUndefined();
  });

  it('dedupes case variants of roles and aliases, and caps an actor name', () => {
    const text =
      'President Donald Trump spoke on Monday. Trump said the plan failed. Later TRUMP said it again in a post. ' +
      'Former Russian president and Security Council Deputy Chairman Zqaova Zqbova Zqcova Zqdova Zqeova Zqfova Zqgova Zqhova Zqiova Zqjova Zqkova Zqlova Zqmova Zqnova said so.';
    const b = brief({ text }, { id: ID });
    for (const a of b.actors) {
      expect(a.name.length).toBeLessThanOrEqual(NAME_MAX);
      const lower = [...a.roles, ...a.aliases].map((x) => x.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }
    expect(b.actors.find((a) => a.name === 'Donald Trump')?.aliases).toEqual(['Trump']);
    for (const c of b.claims) if (c.speaker) expect(c.speaker.name.length).toBeLessThanOrEqual(NAME_MAX);
  });
});

describe('the serialised brief is at most a fixed multiple of the input', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: ${shape.about}`, () => {
      const text = shape.make(60_000);
      const b = brief({ text }, { id: ID });
      expect(JSON.stringify(b).length).toBeLessThanOrEqual(OUTPUT_MULTIPLE * text.length + OUTPUT_SLACK);
    });
  }
});

describe('the Markdown brief', () => {
  it('says in one line which lists were cut', () => {
    const b = brief({ text: 'It seems so. '.repeat(1200) }, { id: ID });
    expect(briefToMarkdown(b)).toContain('*Cut at their ceilings: caveats.*');
  });
});
