/**
 * The README's Node story, checked: a user needs Node 20.19 or newer (to run npm), and wrangler,
 * miniflare and vitest run on the Node 22 the project brings as a devDependency, which npm puts
 * first on the PATH of every `npm run` and `npx` command.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as {
    version: string;
    engines?: { node?: string };
  };
const major = (version: string) => Number(/(\d+)/.exec(version)![1]);
const bundled = read('node_modules/node/package.json').version;

describe('the Node the project runs on', () => {
  it('brings a Node that every tool with an engines floor accepts', () => {
    for (const tool of ['wrangler', 'miniflare', '@cloudflare/kv-asset-handler', 'vitest', 'vite']) {
      const floor = read(`node_modules/${tool}/package.json`).engines?.node ?? '';
      // Every floor here reads ">=N..." or "^N... || >=M..."; the bundled major must pass one of its alternatives.
      const alternatives = floor.split('||').map((part) => part.trim());
      const ok = alternatives.some((part) =>
        part.startsWith('^') ? major(part) === major(bundled) : major(bundled) >= major(part),
      );
      expect(ok, `${tool} needs ${floor}, the project brings ${bundled}`).toBe(true);
    }
  });

  it('runs its tests on that Node, as it runs wrangler (npm puts node_modules/.bin first)', () => {
    expect(process.versions.node).toBe(bundled);
  });

  it('asks the user only for the Node that runs npm', () => {
    expect(read('package.json').engines?.node).toBe('>=20.19');
  });
});
