import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../src/engine/text/lazy-regexp';

// A pattern built on first use answers as the regex literal would, through every use the engine makes of one.
describe('lazyRegExp', () => {
  const text = 'Éva Lind met Ödön in Pécs; they left at 9.';
  const pairs = (source: string, flags: string) => [new RegExp(source, flags), lazyRegExp(source, flags)] as const;

  it('tests and execs as the literal does', () => {
    const [re, lazy] = pairs(String.raw`\p{Lu}\p{Ll}+`, 'u');
    expect(lazy.test(text)).toBe(re.test(text));
    expect(lazy.exec(text)).toEqual(re.exec(text));
    expect(lazy.test('lower case only')).toBe(false);
  });

  it('keeps lastIndex across global execs', () => {
    const [re, lazy] = pairs(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    lazy.lastIndex = re.lastIndex = 5;
    const seen: [string, number][] = [];
    const lazySeen: [string, number][] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) seen.push([m[0], re.lastIndex]);
    for (let m = lazy.exec(text); m; m = lazy.exec(text)) lazySeen.push([m[0], lazy.lastIndex]);
    expect(lazySeen).toEqual(seen);
    expect(lazySeen.length).toBe(2);
  });

  it('serves the string methods that take a pattern', () => {
    const [re, lazy] = pairs(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    expect(text.replace(lazy, '#')).toBe(text.replace(re, '#'));
    expect(text.replace(lazy, (w) => w.toUpperCase())).toBe(text.replace(re, (w) => w.toUpperCase()));
    expect(text.match(lazy)).toEqual(text.match(re));
    expect([...text.matchAll(lazy)].map((m) => m.index)).toEqual([...text.matchAll(re)].map((m) => m.index));
    expect(text.search(lazy)).toBe(text.search(re));
    const [sep, lazySep] = pairs(String.raw`[\s\p{P}]+`, 'u');
    expect(text.split(lazySep)).toEqual(text.split(sep));
    expect(lazy.source).toBe(re.source);
    expect(lazy.flags).toBe(re.flags);
    expect(lazy.global).toBe(true);
  });
});
