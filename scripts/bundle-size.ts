/**
 * Size of the built Worker, raw and gzipped, against the project's budget (1 MB gzipped).
 *
 *   npx tsx scripts/bundle-size.ts <outdir>       # measure what `wrangler deploy --dry-run --outdir <outdir>` wrote
 *   npx tsx scripts/bundle-size.ts                # build it first (dry run into a temporary folder), then measure
 *   npx tsx scripts/bundle-size.ts --json ...     # one JSON line on stdout instead of the table
 *
 * Counts every module wrangler would upload (.js, .mjs, .wasm, data files); source maps and the
 * README wrangler writes are not uploaded as code, so they are left out. Gzip at level 9 per file,
 * summed: within a few KiB of the "gzip" figure wrangler prints. Exit 1 over the limit
 * (`--limit <bytes>`, default 1,000,000), 2 when there is nothing to measure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DEFAULT_LIMIT_BYTES = 1_000_000;

export interface BundleSize {
  files: { path: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
  limit: number;
  ok: boolean;
}

const NOT_UPLOADED = /(\.map|README\.md)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function measure(outdir: string, limit = DEFAULT_LIMIT_BYTES): BundleSize {
  const files = listFiles(outdir)
    .filter((path) => !NOT_UPLOADED.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { path: relative(outdir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const raw = files.reduce((n, f) => n + f.raw, 0);
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  return { files, raw, gzip, limit, ok: files.length > 0 && gzip <= limit };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : DEFAULT_LIMIT_BYTES;
  if (!Number.isFinite(limit) || limit <= 0) {
    console.error('bundle-size: --limit takes a number of bytes');
    return 2;
  }
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  let outdir = positional[0];
  let temporary: string | undefined;
  if (!outdir) {
    temporary = outdir = mkdtempSync(join(tmpdir(), 'edge-brief-bundle-'));
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  try {
    const size = measure(outdir, limit);
    if (size.files.length === 0) {
      console.error(`bundle-size: no Worker modules in ${outdir}`);
      return 2;
    }
    if (json) {
      console.log(JSON.stringify(size));
    } else {
      for (const f of size.files)
        console.log(`${f.path.padEnd(24)} ${kib(f.raw).padStart(12)} raw ${kib(f.gzip).padStart(12)} gzip`);
      console.log(
        `${'total'.padEnd(24)} ${kib(size.raw).padStart(12)} raw ${kib(size.gzip).padStart(12)} gzip  (limit ${kib(limit)} gzip)`,
      );
    }
    if (!size.ok) {
      console.error(`bundle-size: ${size.gzip} bytes gzipped is over the limit of ${limit} bytes`);
      return 1;
    }
    return 0;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exit(main(process.argv.slice(2)));
