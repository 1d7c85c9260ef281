/**
 * A brief as readable Markdown: what the CLI prints with `--format md` and what the form page
 * offers for download. Pure, like the rest of the engine.
 */
import type { Brief } from '../schema/brief';

export function briefToMarkdown(b: Brief): string {
  const lines: string[] = [];
  lines.push(`# Brief: ${b.title ?? 'Untitled article'}`, '');
  lines.push(
    `*${b.stats.words} words, ${b.stats.sentences} sentences, ${b.stats.paragraphs} paragraphs. Engine ${b.engine}, id \`${b.id.slice(0, 12)}\`.*`,
    '',
  );
  if (b.truncated?.length) lines.push(`*Cut at their ceilings: ${b.truncated.join(', ')}.*`, '');
  if (b.url) lines.push(`Source: <${b.url}>`, '');
  lines.push('## Summary', '');
  for (const s of b.summary) lines.push(`> ${s.text}`, '');
  section(
    lines,
    'Actors',
    b.actors,
    (a) =>
      `- **${a.name}** (${a.type}${a.roles.length ? `; ${a.roles.join(', ')}` : ''})${a.aliases.length ? `, also ${a.aliases.join(', ')}` : ''}`,
  );
  section(lines, 'Claims', b.claims, (c) => {
    const who = c.speaker ? `${c.speaker.name}${c.speaker.anonymous ? ' (anonymous)' : ''}` : 'Unknown speaker';
    // The speaker is usually a source of their own claim; "via" names only the channels and the others.
    const via = c.sourceIds
      .map((id) => b.sources.find((s) => s.id === id)?.name)
      .filter((name) => name && name !== c.speaker?.name);
    return `- **${who}**${c.cue ? ` *${c.cue}*` : ''} (${c.kind}): ${quote(c.text)}${via.length ? ` (via ${via.join(', ')})` : ''}`;
  });
  section(lines, 'Sources', b.sources, (s) => `- **${s.name}** (${s.type}${s.anonymous ? ', anonymous' : ''})`);
  section(lines, 'Caveats', b.caveats, (k) => `- **${k.kind}** (${k.voice} voice): ${quote(k.text)}: ${k.reason}`);
  return lines.join('\n').trimEnd() + '\n';
}

function section<T>(lines: string[], heading: string, items: T[], line: (item: T) => string): void {
  lines.push(`## ${heading}`, '');
  if (items.length === 0) lines.push('None found.');
  else for (const item of items) lines.push(line(item));
  lines.push('');
}

/** The span in quotation marks, unless it already opens with one (a direct quotation). */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return /^["“‘']/.test(flat) ? flat : `“${flat}”`;
}
