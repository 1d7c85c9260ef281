import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles: informal clipped party names.

const actors = (text: string) =>
  brief({ text }).actors.map((a) => ({ name: a.name, type: a.type, aliases: a.aliases }));

describe('clipped party names', () => {
  it('reads "the Dems" as the Democrats group, with no clipped alias', () => {
    const text =
      'Senator Jane Tallis criticised the harbour plan on Monday.\n' +
      'The Dems want more spending on the bridge, her office said.';
    const list = actors(text);
    expect(list).toContainEqual({ name: 'Democrats', type: 'group', aliases: [] });
    expect(list.map((a) => a.name)).not.toContain('Dems');
  });

  it('joins the clipped form to the full name the article also uses', () => {
    const text =
      'Senator Jane Tallis criticised the harbour plan on Monday.\n' +
      'She said the Republicans and the Democrats had both failed the town.\n' +
      'The Repubs want less spending on the bridge, her office said.';
    const republicans = actors(text).filter((a) => /repub/i.test(a.name));
    expect(republicans).toEqual([{ name: 'Republicans', type: 'group', aliases: [] }]);
  });

  it('takes the singular used as an adjective for no actor', () => {
    const text =
      'Senator Jane Tallis criticised the harbour plan on Monday.\n' + 'A Dem aide said the vote would come next week.';
    expect(actors(text).map((a) => a.name)).not.toContain('Dem');
  });
});

describe('a party label before a name', () => {
  it('is a role of the person named without it, not a person of its own', () => {
    const b = brief({
      text: 'Donald Trump won Florida. Hillary Clinton lost. The plan was meant to elect Democrat Clinton over Republican Trump.',
    });
    expect(b.actors.map((a) => a.name).sort()).toEqual(['Donald Trump', 'Florida', 'Hillary Clinton']);
    expect(b.actors.find((a) => a.name === 'Donald Trump')?.roles).toContain('Republican');
  });

  it('before a word that names no one ("our Democratic Latino community") is no actor', () => {
    const b = brief({ text: '"This is devastating for our Democratic Latino community," Maria Lopez wrote.' });
    expect(b.actors.map((a) => a.name)).toEqual(['Maria Lopez']);
  });
});
