/**
 * The desk page's view (hono/jsx, rendered on the server only): filters as a plain GET form, the
 * summary as figures, weekly trends as inline SVG drawn here, top speakers and sources (each a link to
 * the desk narrowed to the articles quoting or citing it), and the latest articles linking to their
 * briefs. No script and no inline style (the page's CSP allows
 * neither): SVG presentation attributes only.
 */
import type { DeskArticleRow, DeskFilters, DeskSummary, DeskWeek } from './queries';

/** The desk with these filters, as a link (blank filters left out). */
export function deskHref(filters: DeskFilters & { format?: string }, path = '/desk'): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
  return query ? `${path}?${query}` : path;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '–');

export interface DeskPageProps {
  filters: DeskFilters;
  summary: DeskSummary;
  weeks: DeskWeek[];
  latest: DeskArticleRow[];
  cssHref: string;
  /** Signed in with a session cookie: the page offers to sign out. */
  signedIn?: boolean;
}

export function DeskPage({ filters, summary: s, weeks, latest, cssHref, signedIn }: DeskPageProps) {
  const narrowed = [
    filters.speaker ? `quoting ${filters.speaker}` : '',
    filters.cited ? `citing ${filters.cited}` : '',
  ].filter((x) => x);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Sourcing desk · edge-brief</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={cssHref} />
      </head>
      <body>
        <header class="top">
          <div class="wrap">
            <h1>Sourcing desk</h1>
            <p>Who the newsroom quotes, on whose word, across every article its CMS and backfills sent.</p>
            {signedIn && (
              <form method="post" action="/desk/sign-out">
                <button type="submit" class="secondary button">
                  Sign out
                </button>
              </form>
            )}
          </div>
        </header>
        <main class="wrap">
          <form class="card" method="get" action="/desk" aria-label="Filters">
            {(['source', 'author', 'section'] as const).map((name) => (
              <label>
                {name[0].toUpperCase() + name.slice(1)} <input name={name} value={filters[name] ?? ''} />
              </label>
            ))}
            <label>
              From <input type="date" name="from" value={filters.from ?? ''} />
            </label>
            <label>
              To <input type="date" name="to" value={filters.to ?? ''} />
            </label>
            <label>
              Speaker <input name="speaker" value={filters.speaker ?? ''} />
            </label>
            <label>
              Cited source <input name="cited" value={filters.cited ?? ''} />
            </label>
            <button type="submit">Filter</button> <a href="/desk">Clear</a>
          </form>

          <section class="card" aria-labelledby="figures">
            <h2 id="figures">Figures</h2>
            <dl class="figures">
              <Figure label="Articles" value={fmt(s.articles)} />
              <Figure label="Words" value={fmt(s.words)} />
              <Figure
                label="Claims"
                value={fmt(s.claims)}
                note={`${fmt(s.claimsByKind.direct)} direct, ${fmt(s.claimsByKind.indirect)} indirect, ${fmt(s.claimsByKind.mixed)} mixed`}
              />
              <Figure label="Anonymous claims" value={fmt(s.anonymousClaims)} note={pct(s.anonymousClaims, s.claims)} />
              <Figure
                label="Articles with anonymous sourcing"
                value={fmt(s.articlesWithAnonymousSourcing)}
                note={pct(s.articlesWithAnonymousSourcing, s.articles)}
              />
              <Figure
                label="Single-source articles"
                value={fmt(s.singleSourceArticles)}
                note={pct(s.singleSourceArticles, s.articles)}
              />
              <Figure
                label="Author-voice caveats"
                value={fmt(s.authorVoiceCaveats)}
                note={s.words > 0 ? `${((s.authorVoiceCaveats * 1000) / s.words).toFixed(2)} per 1,000 words` : ''}
              />
            </dl>
            <h3>People quoted, by inferred gender</h3>
            <p>
              Women {fmt(s.quotedPeopleByGender.female)} · men {fmt(s.quotedPeopleByGender.male)} · unknown{' '}
              {fmt(s.quotedPeopleByGender.unknown)}
            </p>
            <p class="note">{s.quotedPeopleByGender.method}</p>
          </section>

          <section class="card" aria-labelledby="trend">
            <h2 id="trend">Weekly trend</h2>
            <Chart title="Claims per week" weeks={weeks} value={(w) => w.claims} label={(v) => fmt(v)} />
            <Chart
              title="Anonymous share of claims"
              weeks={weeks}
              value={(w) => (w.claims > 0 ? w.anonymousClaims / w.claims : 0)}
              label={(v) => `${(v * 100).toFixed(0)}%`}
            />
            <Chart
              title="Author-voice caveats per 1,000 words"
              weeks={weeks}
              value={(w) => (w.words > 0 ? (w.authorVoiceCaveats * 1000) / w.words : 0)}
              label={(v) => v.toFixed(1)}
            />
          </section>

          <section class="card" aria-labelledby="speakers">
            <h2 id="speakers">Top speakers</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Speaker</th>
                  <th scope="col">Type</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Articles</th>
                </tr>
              </thead>
              <tbody>
                {s.speakers.map((sp) => (
                  <tr>
                    <td>
                      <a href={deskHref({ ...filters, speaker: sp.name })} title={`Articles quoting ${sp.name}`}>
                        {sp.name}
                      </a>
                    </td>
                    <td>{sp.type ?? '–'}</td>
                    <td>{fmt(sp.claims)}</td>
                    <td>{fmt(sp.articles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <a href={deskHref(filters, '/v1/desk/speakers')}>Every speaker with the ids of its articles (JSON)</a>
            </p>
          </section>

          <section class="card" aria-labelledby="sources">
            <h2 id="sources">Top sources</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Type</th>
                  <th scope="col">Anonymous</th>
                  <th scope="col">Articles</th>
                </tr>
              </thead>
              <tbody>
                {s.sources.map((so) => (
                  <tr>
                    <td>
                      <a href={deskHref({ ...filters, cited: so.name })} title={`Articles citing ${so.name}`}>
                        {so.name}
                      </a>
                    </td>
                    <td>{so.type}</td>
                    <td>{so.anonymous ? 'yes' : 'no'}</td>
                    <td>{fmt(so.articles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section class="card" aria-labelledby="articles">
            <h2 id="articles">Latest articles{narrowed.length ? ` ${narrowed.join(' and ')}` : ''}</h2>
            {narrowed.length ? (
              <p>
                <a href={deskHref({ ...filters, speaker: undefined, cited: undefined })}>
                  All articles (keep the other filters)
                </a>
              </p>
            ) : null}
            <table>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Date</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Anonymous</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {latest.map((a) => (
                  <tr>
                    <td>
                      <a href={`/brief/${a.briefId}`}>{a.title ?? `${a.source}/${a.articleId}`}</a>
                    </td>
                    <td>{(a.publishedAt ?? a.briefedAt).slice(0, 10)}</td>
                    <td>{fmt(a.claims)}</td>
                    <td>{fmt(a.anonymousClaims)}</td>
                    <td>{fmt(a.sources)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <a href={deskHref({ format: 'csv', ...filters }, '/v1/desk/articles')}>Every article as CSV</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong>
        {note ? <small> {note}</small> : null}
      </dd>
    </div>
  );
}

const W = 640;
const H = 140;
const PAD = 24;

/** A bar per week, drawn on the server; the numbers are also in each bar's title for screen readers. */
function Chart({
  title,
  weeks,
  value,
  label,
}: {
  title: string;
  weeks: DeskWeek[];
  value: (w: DeskWeek) => number;
  label: (v: number) => string;
}) {
  const values = weeks.map(value);
  const max = Math.max(0, ...values);
  const step = weeks.length > 0 ? (W - PAD) / weeks.length : 0;
  return (
    <figure>
      <figcaption>
        {title} {weeks.length > 0 ? `(${weeks[0].week} to ${weeks[weeks.length - 1].week}; highest ${label(max)})` : ''}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title}>
        <line x1={PAD} y1={H - PAD} x2={W} y2={H - PAD} stroke="currentColor" stroke-width="1" />
        {values.map((v, i) => {
          const h = max > 0 ? ((H - 2 * PAD) * v) / max : 0;
          return (
            <rect
              x={(PAD + i * step + 1).toFixed(1)}
              y={(H - PAD - h).toFixed(1)}
              width={Math.max(1, step - 2).toFixed(1)}
              height={h.toFixed(1)}
              fill="#3b6ea8"
            >
              <title>{`${weeks[i].week}: ${label(v)}`}</title>
            </rect>
          );
        })}
        {weeks.length > 0 ? (
          <text x={PAD} y={H - 6} font-size="11" fill="currentColor">
            {weeks[0].week}
          </text>
        ) : null}
        {weeks.length > 1 ? (
          <text x={W} y={H - 6} font-size="11" fill="currentColor" text-anchor="end">
            {weeks[weeks.length - 1].week}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
