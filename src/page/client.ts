/**
 * The browser half of the form page: progressive enhancement, nothing the page needs to work.
 *
 * With it, submitting the form calls `POST /v1/briefs?include=text` (JSON for plain text, the raw
 * body for HTML so the server extracts the text the offsets point into) and renders the result in
 * place with the shared `resultView` and `highlight`, showing a busy state meanwhile; it links list
 * entries and marks both ways on hover and focus, and copies the brief's JSON. When the API is
 * locked (`API_TOKEN` set, so 401), it falls back to posting the form, which is public.
 *
 * It is shipped as the compiled source of `clientMain` (see `script.ts`), with its collaborators
 * passed in, so it must be self-contained. Elements are built with createElement/setAttribute and
 * text nodes only: nothing the user typed or the server returned is ever parsed as markup.
 *
 * Type-checked as browser code (tsconfig.browser.json: the DOM library, no Workers or Node types).
 */
import type { Brief } from '../schema/brief';
import type { Attrs, Child, Highlight } from './view';
import type { resultView as ResultView } from './view';
import type { ArticleFormat } from './format';

export interface ClientDeps {
  highlight: Highlight;
  resultView: typeof ResultView;
  isHtmlArticle: (text: string, format: ArticleFormat) => boolean;
}

export function clientMain(deps: ClientDeps): void {
  const doc = document;
  const form = doc.getElementById('brief-form') as HTMLFormElement | null;
  const status = doc.getElementById('status');
  const errorBox = doc.getElementById('form-error');
  if (!form || !status || !errorBox) return;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const textarea = doc.getElementById('text');
  let lastJson: string | null = null;

  const h = (tag: string, attrs: Attrs | null, ...children: Child<HTMLElement>[]): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    const append = (child: Child<HTMLElement>): void => {
      if (child === null || child === undefined || child === false) return;
      if (Array.isArray(child)) child.forEach(append);
      else if (typeof child === 'object') el.appendChild(child);
      else el.appendChild(doc.createTextNode(String(child)));
    };
    children.forEach(append);
    return el;
  };

  const say = (message: string) => {
    status.textContent = message;
  };
  const showError = (message: string | null) => {
    errorBox.textContent = message ?? '';
    errorBox.hidden = !message;
  };
  const revealCopy = () => {
    Array.from(doc.querySelectorAll<HTMLElement>('[data-action="copy-json"]')).forEach((b) => {
      b.hidden = false;
    });
  };
  const setBusy = (busy: boolean) => {
    form.setAttribute('aria-busy', String(busy));
    if (button) {
      button.disabled = busy;
      button.textContent = busy ? 'Briefing…' : 'Brief this article';
    }
    const result = doc.getElementById('result');
    if (result) result.classList.toggle('stale', busy);
    if (busy) say('Analysing the article…');
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    const title = String(data.get('title') ?? '').trim();
    const format = String(data.get('format') ?? 'auto') as ArticleFormat;
    if (!text.trim()) {
      showError('Paste an article first: the text is blank.');
      textarea?.focus();
      return;
    }
    showError(null);
    setBusy(true);
    try {
      const html = deps.isHtmlArticle(text, format);
      const query = new URLSearchParams({ include: 'text' });
      if (html && title) query.set('title', title);
      const response = await fetch(`/v1/briefs?${query}`, {
        method: 'POST',
        headers: { 'content-type': html ? 'text/html' : 'application/json', accept: 'application/json' },
        body: html ? text : JSON.stringify(title ? { text, title } : { text }),
      });
      if (response.status === 401) {
        // The API wants a token (API_TOKEN is set) but the form is public: post it the plain way.
        say('Sending the form…');
        form.submit();
        return;
      }
      const body = (await response.json().catch(() => null)) as (Brief & { detail?: string }) | null;
      if (!response.ok || !body) {
        showError(body?.detail ? `${body.detail}` : `The service answered ${response.status}; try again.`);
        say('');
        return;
      }
      const analysed = typeof body.text === 'string' ? body.text : text;
      delete body.text;
      lastJson = JSON.stringify(body, null, 2);
      const view = deps.resultView(h, body, analysed, deps.highlight);
      const old = doc.getElementById('result');
      if (old) old.replaceWith(view);
      revealCopy();
      const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
      say(
        `Brief ready: ${n(body.actors.length, 'actor', 'actors')}, ${n(body.claims.length, 'claim', 'claims')}, ${n(body.sources.length, 'source', 'sources')}, ${n(body.caveats.length, 'caveat', 'caveats')}.`,
      );
      // Bring the result to the top (on a phone it starts below the form) and put focus on its heading.
      view.scrollIntoView?.({ block: 'start' });
      doc.getElementById('result-title')?.focus({ preventScroll: true });
    } catch {
      showError('Could not reach the service. Check the connection and try again.');
      say('');
    } finally {
      setBusy(false);
    }
  });

  // A list entry and every mark of the same item light up together, from either side.
  let lit: HTMLElement[] = [];
  const keyOf = (el: HTMLElement) => el.dataset.ref ?? `${el.dataset.kind}:${el.dataset.id}`;
  const light = (key: string | null) => {
    lit.forEach((el) => el.classList.remove('lit'));
    lit = [];
    if (!key) return;
    const cut = key.indexOf(':');
    const kind = CSS.escape(key.slice(0, cut));
    const id = CSS.escape(key.slice(cut + 1));
    lit = Array.from(
      doc.querySelectorAll<HTMLElement>(
        `.article mark[data-kind="${kind}"][data-id="${id}"], [data-ref="${CSS.escape(key)}"]`,
      ),
    );
    lit.forEach((el) => el.classList.add('lit'));
  };
  const linked = (el: EventTarget | Element | null | undefined) =>
    el instanceof Element ? el.closest<HTMLElement>('[data-ref], .article mark[data-id]') : null;
  // The other side of a lit pair is brought into view when it is off-screen: a list entry's first
  // mark in the article (on a phone the article sits above the lists), and, where the lists sit
  // beside the article in their own scrolling column, a mark's entry in that column.
  const offScreen = (el: Element, box?: DOMRect) => {
    const r = el.getBoundingClientRect();
    return r.bottom < (box?.top ?? 0) || r.top > (box?.bottom ?? innerHeight);
  };
  const smooth = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  const reveal = (from: HTMLElement) => {
    if (from.dataset.ref) {
      const mark = lit.find((el) => !el.dataset.ref);
      if (mark && offScreen(mark)) mark.scrollIntoView({ block: 'center', behavior: smooth() });
      return;
    }
    if (!matchMedia('(min-width: 60rem)').matches) return;
    const entry = lit.find((el) => el.dataset.ref);
    const column = doc.querySelector('.brief');
    if (entry && column && offScreen(entry, column.getBoundingClientRect()))
      entry.scrollIntoView({ block: 'nearest', behavior: smooth() });
  };
  doc.addEventListener('mouseover', (event) => {
    const el = linked(event.target);
    if (!el) return;
    const key = keyOf(el);
    if (lit.length && keyOf(lit[0]) === key) return;
    light(key);
    reveal(el);
  });
  // Leaving a linked item for plain text hands the highlight back to whatever has keyboard focus;
  // scrolling and passing over blank space leave it alone.
  doc.addEventListener('mouseout', (event) => {
    if (!linked(event.target) || linked(event.relatedTarget)) return;
    const focused = linked(doc.activeElement);
    light(focused ? keyOf(focused) : null);
  });
  doc.addEventListener('focusin', (event) => {
    const el = linked(event.target);
    light(el ? keyOf(el) : null);
    if (el) reveal(el);
  });

  doc.addEventListener('click', async (event) => {
    const copy = event.target instanceof Element ? event.target.closest('[data-action="copy-json"]') : null;
    if (!copy) return;
    try {
      const href = copy.getAttribute('data-json-href');
      const json = lastJson ?? (href ? JSON.stringify(await (await fetch(href)).json(), null, 2) : '');
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(json);
      say('JSON copied to the clipboard.');
    } catch {
      say('Copying failed: use Open JSON instead.');
    }
  });

  revealCopy();
}
