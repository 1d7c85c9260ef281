/**
 * The PolNeAR news metric (scripts/eval/polnear-news-voice.ts, issue 16): author-voice caveats per
 * 1,000 words over the dev split's news reports, opinion pieces and article-level sourcing notes
 * left out. The texts here are made up.
 */
import { describe, expect, it } from 'vitest';
import { NewsVoice } from '../../scripts/eval/polnear-news-voice';
import { brief } from '../../src/engine';

const NEWS = 'The harbour board voted on Tuesday to close the old ferry pier, board chair Ada Lenz said.';
const OPINION = 'This is a disgrace. The board is a joke, and we all know it.';

describe('author-voice caveats per 1,000 words on news reports', () => {
  it('counts the author-voice caveats of news reports per 1,000 of their words', () => {
    const voice = new NewsVoice('dev');
    const text = `${NEWS} The decision is a disgrace.`;
    const b = brief({ text });
    const caveats = b.caveats.filter((k) => k.voice === 'author').length;
    expect(caveats).toBeGreaterThan(0);
    voice.add('polnear-dev-made-up-news', text, b);
    const row = voice.row();
    expect(row?.score).toBeCloseTo((caveats * 1000) / text.split(/\s+/).length, 1);
    expect(row?.detail).toContain('1 news reports');
  });

  it('leaves out the opinion pieces it lists, and gives no number off the dev split', () => {
    const voice = new NewsVoice('dev');
    voice.add('polnear-dev-usa-today_2016-09-08_laws-don-t-apply-equially-to-cli', OPINION, brief({ text: OPINION }));
    expect(voice.row()).toBeNull();
    const test = new NewsVoice('test');
    test.add('polnear-test-made-up-news', NEWS, brief({ text: NEWS }));
    expect(test.row()).toBeNull();
  });
});
