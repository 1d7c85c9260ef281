/**
 * Content negotiation for a route with an HTML and a JSON answer (RFC 9110 §12.5.1): the quality
 * each type gets is that of the most specific media range matching it (`text/html` over `text/*`
 * over `*\/*`). HTML only when it gets strictly more than JSON, so a client sending no Accept, or
 * `*\/*` (fetch's default), keeps getting JSON; a browser navigating (`text/html,…,*\/*;q=0.8`) gets HTML.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part) => {
    const [range, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    return { range, quality: Number.isFinite(quality) ? Math.min(1, Math.max(0, quality)) : 0 };
  });
  const qualityOf = (type: string): number => {
    const [major] = type.split('/');
    let best = { specificity: 0, quality: 0 };
    for (const { range, quality } of ranges) {
      const specificity = range === type ? 3 : range === `${major}/*` ? 2 : range === '*/*' ? 1 : 0;
      if (specificity > best.specificity) best = { specificity, quality };
    }
    return best.quality;
  };
  return qualityOf('text/html') > qualityOf('application/json');
}
