/**
 * wrangler.toml's `[alias]` as an esbuild plugin that resolves the way wrangler does (an import path
 * equal to a key is replaced by its value, resolved from the project root), so the bundles that the
 * benchmarks and tests build are the one wrangler deploys.
 *
 * @example
 * await build({ entryPoints: ['src/index.ts'], bundle: true, plugins: [wranglerAliasPlugin(ROOT)] });
 */
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { experimental_readRawConfig } from 'wrangler';

/**
 * esbuild options that bundle the way wrangler does for this Worker: ESM for workerd's conditions,
 * hono/jsx, and Node's built-ins left to nodejs_compat (Node has them too). Add entry points,
 * output and plugins (the aliases below; a stub for `cloudflare:*` where the bundle must run in Node).
 */
export const WRANGLER_LIKE_BUILD = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  conditions: ['workerd', 'worker', 'browser'],
  mainFields: ['module', 'main'],
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
} satisfies BuildOptions;

/** wrangler.toml's `minify`: whether wrangler minifies the bundle it deploys. */
export function wranglerMinify(root: string): boolean {
  const { rawConfig } = experimental_readRawConfig({ config: join(root, 'wrangler.toml') });
  return rawConfig.minify === true;
}

/** The `[alias]` table of `<root>/wrangler.toml`. */
export function wranglerAliases(root: string): Record<string, string> {
  const { rawConfig } = experimental_readRawConfig({ config: join(root, 'wrangler.toml') });
  return { ...rawConfig.alias };
}

export function wranglerAliasPlugin(root: string, aliases = wranglerAliases(root)): Plugin {
  const require = createRequire(join(root, 'package.json'));
  const keys = Object.keys(aliases);
  return {
    name: 'wrangler-alias',
    setup(b) {
      if (keys.length === 0) return;
      const filter = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
      b.onResolve({ filter }, (args) => {
        const target = aliases[args.path];
        return target === undefined ? undefined : { path: require.resolve(target, { paths: [root] }) };
      });
    },
  };
}
