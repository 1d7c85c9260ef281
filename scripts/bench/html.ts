/**
 * HTML extraction time against size: `npm run bench:html [-- --json]`.
 *
 * Times `htmlToText` (best of 5 runs, after a warm-up) on hostile and normal shapes of markup from
 * 100 KB to 1 MB, and prints ms per 100 KB at each size and the growth ratio (time at 1 MB over
 * 10 x the time at 100 KB; 1 is linear, 10 would be quadratic). The target is at most 50 ms per
 * 100 KB on the development machine. The shapes are the ones the tests check for linear growth
 * (test/content/html.test.ts).
 */
import { pathToFileURL } from 'node:url';
import { htmlToText } from '../../src/content/html';

/** `make(chars)` gives about `chars` characters of the shape. */
export const SHAPES: [string, (chars: number) => string][] = [
  ['bare < characters', (n) => '<'.repeat(n)],
  ['<b>Word</b> repeated', (n) => '<b>Word</b> '.repeat(Math.round(n / 12))],
  ['unclosed <b> tags', (n) => '<b>'.repeat(Math.round(n / 3))],
  ['deep nesting, closed', (n) => `${'<div>'.repeat(Math.round(n / 11))}x${'</div>'.repeat(Math.round(n / 11))}`],
  [
    'open <div> then stray </span>',
    (n) => `${'<div>'.repeat(Math.round(n / 12))}${'</span>'.repeat(Math.round(n / 12))}`,
  ],
  ['character references', (n) => '&amp;&#8212;&hellip;'.repeat(Math.round(n / 20))],
  ['chrome classes', (n) => '<div class="share related comments">x</div>'.repeat(Math.round(n / 43))],
  [
    'news paragraphs',
    (n) => '<p>A storm hit the coast on <a href="/x">Monday</a>, officials said.</p>\n'.repeat(Math.round(n / 72)),
  ],
  [
    'news page with chrome',
    (n) => {
      const story =
        '<p>A storm hit the coast on <b>Monday</b>, officials said. &ldquo;We are ready,&rdquo; she said.</p>\n';
      const chrome = '<nav><a href="/">Home</a></nav><aside class="related"><a href="/y">More</a></aside>\n';
      const body = (story + chrome).repeat(Math.round(n / (story.length + chrome.length)));
      return `<html><head><title>t</title></head><body><header>Site</header><main><article>${body}</article></main><footer>(c)</footer></body></html>`;
    },
  ],
];

export const SIZES = [100_000, 200_000, 400_000, 700_000, 1_000_000];

/** Best of `tries` timings of one extraction, in ms. */
export function timeExtraction(html: string, tries = 5): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    htmlToText(html);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function main(argv: string[]): void {
  const rows = SHAPES.map(([shape, make]) => {
    timeExtraction(make(SIZES[0]), 2); // warm-up
    const times = SIZES.map((size) => timeExtraction(make(size)));
    const perHundredKb = times.map((ms, i) => (ms * 100_000) / SIZES[i]);
    const growth = times[times.length - 1] / ((times[0] * SIZES[SIZES.length - 1]) / SIZES[0]);
    return { shape, times, perHundredKb, growth };
  });
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ sizes: SIZES, rows }));
    return;
  }
  const header = SIZES.map((s) => `${s / 1000} KB`.padStart(9)).join('');
  console.log(`\nnpm run bench:html: htmlToText, ms per 100 KB (best of 5) at each size; growth 1 = linear\n`);
  console.log(`${'shape'.padEnd(32)}${header}   growth  max ms/100KB`);
  for (const r of rows) {
    const cells = r.perHundredKb.map((v) => v.toFixed(1).padStart(9)).join('');
    console.log(
      `${r.shape.padEnd(32)}${cells}   ${r.growth.toFixed(2).padStart(6)}  ${Math.max(...r.perHundredKb)
        .toFixed(1)
        .padStart(12)}`,
    );
  }
  const worst = Math.max(...rows.flatMap((r) => r.perHundredKb));
  console.log(`\nworst: ${worst.toFixed(1)} ms per 100 KB (target: at most 50)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
