/**
 * The command line: `npm run brief -- article.txt [--format json|md] [--title T] [--url U]`.
 * Reads a plain-text file (or `-` for standard input) and prints its brief, using the very same
 * engine as the Worker.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { brief } from '../src/engine';
import { briefToMarkdown } from '../src/engine/markdown';

const USAGE =
  'usage: npm run brief -- <article.txt | -> [--format json|md] [--title TITLE] [--url URL] [--include-text]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        title: { type: 'string' },
        url: { type: 'string' },
        'include-text': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !['json', 'md'].includes(values.format!)) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(positionals[0] === '-' ? 0 : positionals[0], 'utf8');
  } catch (error) {
    console.error(`cannot read ${positionals[0]}: ${(error as Error).message}`);
    return 1;
  }
  if (text.trim() === '') {
    console.error(`${positionals[0]}: the article is blank`);
    return 1;
  }
  const result = brief({ text, title: values.title, url: values.url }, { includeText: values['include-text'] });
  process.stdout.write(values.format === 'md' ? briefToMarkdown(result) : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
