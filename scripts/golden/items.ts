/**
 * A brief as one line per item, for the golden diff: ids left out (they renumber when an item
 * comes or goes), speakers and sources named, long texts cut. Each line starts with its section.
 */
import type { Brief } from '../../src/schema/brief';

const cut = (text: string, max = 90) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);

export function describeItems(brief: Brief): string[] {
  const sourceName = new Map(brief.sources.map((s) => [s.id, s.name]));
  const lines = [
    `title ${JSON.stringify(brief.title)}`,
    `language ${brief.language}`,
    `stats ${JSON.stringify(brief.stats)}`,
    ...brief.summary.map((s) => `summary [${s.start},${s.end}] ${cut(s.text)}`),
    ...brief.actors.map(
      (a) =>
        `actor ${a.type} ${JSON.stringify(a.name)} roles=${JSON.stringify(a.roles)} aliases=${JSON.stringify(a.aliases)} mentions=${a.mentions.length}`,
    ),
    ...brief.claims.map((c) => {
      const speaker = c.speaker
        ? `${JSON.stringify(c.speaker.name)}${c.speaker.anonymous ? ' (anonymous)' : ''}`
        : 'null';
      const via = c.sourceIds.map((id) => sourceName.get(id)).join(', ');
      return `claim [${c.start},${c.end}] ${c.kind} cue=${JSON.stringify(c.cue)} speaker=${speaker}${via ? ` via ${via}` : ''} ${cut(c.text)}`;
    }),
    ...brief.sources.map(
      (s) =>
        `source ${s.type} ${JSON.stringify(s.name)}${s.anonymous ? ' (anonymous)' : ''} mentions=${s.mentions.length}`,
    ),
    ...brief.caveats.map((k) => `caveat [${k.start},${k.end}] ${k.kind} ${k.voice} ${cut(k.text)}`),
  ];
  return lines;
}
