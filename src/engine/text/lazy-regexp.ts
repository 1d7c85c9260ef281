/**
 * A module-level regular expression built on first use, for patterns with Unicode property classes
 * (\p{L}, \p{Lu}, ...). V8 parses such a pattern twice when the engine is imported (a regex literal
 * is checked as the module compiles, then parsed again when it is created), and expanding a
 * property class costs about 0.2 ms a pattern: the engine's eighty-odd of them were a quarter of
 * its module load time. Written as a string, a pattern costs nothing until a brief first uses it.
 *
 * `lazyRegExp(String.raw`^\p{Lu}`, 'u')` behaves as `/^\p{Lu}/u` wherever the engine uses one:
 * `test`, `exec`, `lastIndex`, the flags, and the string methods that take a pattern (`replace`,
 * `replaceAll`, `match`, `matchAll`, `split`, `search`), which call it through their symbols. It is
 * no `instanceof RegExp`.
 */
class LazyRegExp {
  private compiled: RegExp | null = null;

  constructor(
    private readonly pattern: string,
    private readonly flagString: string,
  ) {}

  get re(): RegExp {
    return (this.compiled ??= new RegExp(this.pattern, this.flagString));
  }

  test(s: string): boolean {
    return this.re.test(s);
  }

  exec(s: string): RegExpExecArray | null {
    return this.re.exec(s);
  }

  get lastIndex(): number {
    return this.re.lastIndex;
  }

  set lastIndex(i: number) {
    this.re.lastIndex = i;
  }

  get source(): string {
    return this.pattern;
  }

  get flags(): string {
    return this.re.flags;
  }

  get global(): boolean {
    return this.re.global;
  }

  [Symbol.match](s: string): RegExpMatchArray | null {
    return this.re[Symbol.match](s);
  }

  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    return this.re[Symbol.matchAll](s);
  }

  [Symbol.replace](s: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    return this.re[Symbol.replace](s, replacement as string);
  }

  [Symbol.search](s: string): number {
    return this.re[Symbol.search](s);
  }

  [Symbol.split](s: string, limit?: number): string[] {
    return this.re[Symbol.split](s, limit);
  }

  toString(): string {
    return this.re.toString();
  }
}

/** `new RegExp(source, flags)`, built when first used (see above). */
export function lazyRegExp(source: string, flags = ''): RegExp {
  return new LazyRegExp(source, flags) as unknown as RegExp;
}
