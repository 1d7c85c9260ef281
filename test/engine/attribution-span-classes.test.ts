import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { findQuotes } from '../../src/engine/text/quotes';

// Every sentence here is made up for these tests (issue 16: PolNeAR claim spans and sources).

const claimsOf = (text: string) => brief({ text }).claims;

describe('doubled apostrophes as a double quotation mark', () => {
  it("pairs ''...'' as one double quotation, not two singles", () => {
    const text = "''The dam will hold,'' the engineer said. It's 'fine' now.";
    const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
    expect(quotes[0]).toMatchObject({ start: 0, end: 22, contentStart: 2, contentEnd: 20, mark: 'double' });
    expect(quotes[1]).toMatchObject({ mark: 'single' });
  });

  it("''Q1,'' X said, ''Q2.'' gives both quotations, the second continuing the first", () => {
    const text = "Harbor\n\n''Hopefully,'' the harbor master said, ''the new pier will bring the ferries back.''";
    const [q1, q2] = claimsOf(text);
    expect(q1.text).toBe("''Hopefully,''");
    expect(q2?.text).toBe("''the new pier will bring the ferries back.''");
    expect(q2?.continues).toBe(q1.id);
  });
});

describe('a speaker with a descriptor before the name after the cue', () => {
  it('"said 9/11 widow Jane Roe": a date in the descriptor does not end the speaker', () => {
    const [c] = claimsOf('Levee\n\n“The levee report is simply wrong,” said 9/11 widow Jane Roe.');
    expect(c.speaker?.name).toBe('Jane Roe');
  });

  it('"said longtime aide John Doe" names John Doe', () => {
    const [c] = claimsOf('Levee\n\n“The levee report is simply wrong,” said longtime aide John Doe.');
    expect(c.speaker?.name).toBe('John Doe');
  });
});

describe('a question or exclamation quotation, its speaker and cue, then a manner participle', () => {
  it('"“Q?” X said, laughing at the crowd.": the quotation is the content, not the participle tail', () => {
    const claims = claimsOf('Flood\n\n“Who would vote for a levee that leaks?” Jane Roe said, laughing at the crowd.');
    expect(claims.map((c) => c.text)).toEqual(['“Who would vote for a levee that leaks?”']);
    expect(claims[0].speaker?.name).toBe('Jane Roe');
  });

  it('a participle cue after the cue clause still reports its own content', () => {
    const claims = claimsOf(
      'Flood\n\n“Who would vote for a levee that leaks?” Jane Roe said, adding that nobody would.',
    );
    expect(claims.map((c) => c.text)).toContain('nobody would');
  });
});

describe('an object pronoun as the source of "according to"', () => {
  it('"..., according to him." resolves to the person named before', () => {
    const [c] = claimsOf('Flood\n\nJohn Okafor toured the dam. The dam is safe, according to him.');
    expect(c.speaker?.name).toBe('John Okafor');
  });

  it('"According to her, ..." resolves too', () => {
    const [c] = claimsOf('Flood\n\nAnn Okafor toured the dam. According to her, the dam is safe.');
    expect(c.speaker?.name).toBe('Ann Okafor');
  });
});

describe('a quotation that the reported sentence runs on past', () => {
  it('"X said that, “Q” against ...": the report is the whole run, not the quoted bit', () => {
    const [c] = claimsOf(
      'Flood\n\nThe spokeswoman said via email that, “Of course the mayor is going to defend the levee” against what her office sees as a campaign by the developers.',
    );
    expect(c.text).toBe(
      '“Of course the mayor is going to defend the levee” against what her office sees as a campaign by the developers',
    );
    expect(c.kind).toBe('mixed');
  });

  it('a quotation whose own words end with a comma, then the writer goes on, stays the quotation', () => {
    const [c] = claimsOf(
      'Flood\n\nThe mayor said, “We will rebuild the levee,” and then she left the stage in a hurry.',
    );
    expect(c.text).toBe('“We will rebuild the levee,”');
  });

  it("a linker after the quotation opens the writer's clause, not more of the report", () => {
    const [c] = claimsOf(
      'Flood\n\nThe mayor said: “we will rebuild the levee” but the council never voted on the money.',
    );
    expect(c.text).toBe('“we will rebuild the levee”');
  });

  it('a quotation that ends its sentence stays the quotation', () => {
    const [c] = claimsOf('Flood\n\nThe mayor said, “We will rebuild the levee.” Then she left.');
    expect(c.text).toBe('“We will rebuild the levee.”');
  });
});

describe('intention content that runs into a clause of another subject', () => {
  it('"X wants to ..., but her plan would ...": the content ends at the comma', () => {
    const claims = claimsOf(
      'Roads\n\nMayor Ann Kowalski wants to widen every road in the old harbor district, but the council would have to pay for most of it.',
    );
    expect(claims[0].text).toBe('to widen every road in the old harbor district');
  });

  it('a linker without a subject continues the plan', () => {
    const claims = claimsOf(
      'Roads\n\nMayor Ann Kowalski plans to widen every road in the harbor district, but on a smaller budget than before.',
    );
    expect(claims[0].text).toContain('smaller budget');
  });
});
