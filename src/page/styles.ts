/**
 * The page's stylesheet, served as /page.css so the Content-Security-Policy can forbid inline
 * styles. System fonts only. Every highlight kind differs in shape as well as colour (underline,
 * shading plus a speaker tag, box, wavy line plus a kind tag), so colour is never the only signal;
 * text colours meet WCAG AA contrast on their backgrounds.
 */
import { fingerprint } from './fingerprint';

export const PAGE_CSS = `
:root{color-scheme:light;--ink:#1b1d21;--muted:#545b66;--line:#d5d9e0;--paper:#fff;--wash:#f4f5f7;--accent:#1d4ed8;--accent-ink:#fff;
--actor:#1d4ed8;--claim-bg:#fff1b3;--claim-tag:#6b4f00;--source:#15703a;--source-bg:#e6f4ea;--caveat:#b3261e;--caveat-bg:#fde8e6;--lit:#ffd43b}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--wash)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--paper);padding:.5rem .75rem;z-index:2}
.skip:focus{top:.5rem}
.top{background:#14213d;color:#fff;padding:.9rem 1rem}
.top .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.top h1{margin:0;font-size:1.25rem;letter-spacing:.01em}
.top p{margin:0;color:#dfe5f2;font-size:.95rem}
.top a{color:#fff}
.wrap{max-width:82rem;margin:0 auto}
main{padding:1rem}
.card{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.1rem}
form.card{display:grid;gap:.75rem}
label,legend{font-weight:600}
.hint{color:var(--muted);font-weight:400;font-size:.9rem}
input[type=text],textarea{width:100%;font:inherit;color:inherit;background:#fff;border:1px solid #8a93a3;border-radius:6px;padding:.55rem .65rem}
textarea{min-height:10rem;resize:vertical;font-size:.95rem;line-height:1.45}
fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;align-items:center}
fieldset legend{float:left;margin-right:.5rem;padding:0}
.row{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.button,button{font:inherit;font-weight:600;display:inline-block;border:1px solid var(--accent);background:var(--accent);color:var(--accent-ink);border-radius:6px;padding:.5rem .95rem;text-decoration:none;cursor:pointer;line-height:1.3}
.button.secondary{background:#fff;color:var(--accent)}
button[disabled]{opacity:.7;cursor:progress}
form[aria-busy=true] button[type=submit]::after{content:"";display:inline-block;width:.8em;height:.8em;margin-left:.5em;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;vertical-align:-.1em;animation:spin .8s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){form[aria-busy=true] button[type=submit]::after{animation:none}}
#status{color:var(--muted)}
.error{border:1px solid var(--caveat);background:var(--caveat-bg);color:#7a1711;border-radius:6px;padding:.6rem .8rem;margin:0}
.result{margin-top:1rem}
.result.stale{opacity:.55}
.result-head{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:.5rem 1rem;margin-bottom:.75rem}
.result-head h2{margin:0;font-size:1.35rem;line-height:1.3;flex:1 1 28rem}
.stats{margin:0;color:var(--muted);font-size:.9rem;flex-basis:100%;order:3}
.actions{margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
.columns{display:grid;gap:1rem}
@media (min-width:60rem){.columns{grid-template-columns:minmax(0,3fr) minmax(0,2fr);grid-template-areas:"text brief";align-items:start}
.reading{grid-area:text}.brief{grid-area:brief}
.brief{position:sticky;top:.75rem;max-height:calc(100vh - 1.5rem);overflow:auto}}
.reading{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem}
/* A stored brief opened by its link (/brief/{id}): the panels alone, no text beside them. */
.columns.brief-only{display:block;max-width:52rem}
.columns.brief-only .brief{position:static;max-height:none;overflow:visible}
.result-head .note{margin:0;flex-basis:100%;order:4;color:var(--muted);font-size:.9rem}
.legend{list-style:none;margin:0 0 .75rem;padding:0 0 .6rem;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;font-size:.85rem;color:var(--muted)}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font:1.06rem/1.75 Charter,"Iowan Old Style",Georgia,Cambria,serif}
mark{background:none;color:inherit;scroll-margin:5rem}
mark[data-kind=actor],.key[data-key=actor]{border-bottom:2px solid var(--actor);padding-bottom:1px}
mark[data-kind=claim],.key[data-key=claim]{background:var(--claim-bg);border-radius:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark[data-kind=source],.key[data-key=source]{outline:1.5px solid var(--source);outline-offset:1px;border-radius:2px;background:var(--source-bg)}
mark[data-kind=source][data-anonymous]{outline-style:dashed}
mark[data-kind=caveat],.key[data-key=caveat]{text-decoration:underline wavy var(--caveat);text-decoration-thickness:1.5px;text-underline-offset:.28em;text-decoration-skip-ink:none;background:var(--caveat-bg)}
mark[data-label]::before{content:attr(data-label);display:inline-block;max-width:13em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:.12em;margin-right:.3em;padding:0 .35em;border-radius:3px;font:600 .68rem/1.5 system-ui,sans-serif;letter-spacing:.02em;text-decoration:none}
mark[data-kind=claim][data-label]::before{background:var(--claim-tag);color:#fff}
mark[data-kind=caveat][data-label]::before{background:var(--caveat);color:#fff}
.key{font-weight:600;color:var(--ink);padding:0 .2em}
mark[data-kind=furniture],.key[data-key=furniture]{color:var(--muted);font-style:italic;background:var(--wash)}
mark.lit{background:var(--lit);box-shadow:0 0 0 2px var(--ink)}
mark:target{box-shadow:0 0 0 2px var(--accent)}
.brief{display:grid;gap:.75rem}
.panel{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem}
.panel h3{margin:0 0 .4rem;font-size:1rem;display:flex;align-items:center;gap:.5rem}
.count{font-size:.75rem;font-weight:600;background:var(--wash);border:1px solid var(--line);border-radius:999px;padding:0 .5rem;color:var(--muted)}
.panel h4{margin:.6rem 0 .2rem;font-size:.92rem;display:flex;gap:.4rem;align-items:center}
.summary{margin:0;padding-left:1.2rem;font:1rem/1.55 Charter,Georgia,serif}
.summary li+li{margin-top:.35rem}
.items{list-style:none;margin:0;padding:0}
.items li{padding:.35rem 0;border-top:1px solid var(--wash)}
.items li:first-child{border-top:0}
.ref{font-weight:600;text-decoration:none;color:var(--ink);border-radius:3px}
a.ref:hover{text-decoration:underline}
.ref.lit{background:var(--lit)}
.roles,.meta{display:block;color:var(--muted);font-size:.86rem}
.tag{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.5;border:1px solid var(--line);border-radius:4px;padding:0 .35rem;color:var(--muted);background:var(--wash);vertical-align:.1em}
.tag.warn{border-color:#b25e00;color:#7a3f00;background:#fff4e5}
.tag.caveat{border-color:var(--caveat);color:var(--caveat);background:var(--caveat-bg)}
.none{margin:0;color:var(--muted);font-size:.9rem}
footer{color:var(--muted);font-size:.85rem;padding:1rem;text-align:center}
main>.card+.card{margin-top:1rem}
form[aria-label=Filters]{grid-template-columns:repeat(auto-fill,minmax(min(100%,12rem),1fr));align-items:end}
form[aria-label=Filters] label{display:grid;gap:.2rem}
form[aria-label=Filters] input{width:100%;min-width:0;font:inherit;font-weight:400;border:1px solid #8a93a3;border-radius:6px;padding:.4rem .5rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,11rem),1fr));gap:.75rem;margin:0}
.figures>div{border:1px solid var(--line);border-radius:6px;padding:.55rem .75rem;background:var(--wash)}
.figures dt{font-size:.88rem;font-weight:600;color:var(--muted)}
.figures dd{margin:0}
.figures strong{display:block;font-size:1.5rem;line-height:1.25}
.figures small,.card .note{color:var(--muted);font-size:.86rem}
.card figure{margin:0 0 1rem}
.card figcaption{font-size:.9rem;color:var(--muted)}
.card table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}
.card th,.card td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
.card thead th{border-bottom:2px solid var(--ink);white-space:nowrap}
.card td+td{font-variant-numeric:tabular-nums;white-space:nowrap}
@media (max-width:59.99rem){.brief{display:contents}.panel{order:2}.panel[aria-labelledby=h-summary]{order:0}.reading{order:1}}
@media (max-width:40rem){main{padding:.6rem}.card,.reading{padding:.8rem}.article{font-size:1rem}}
@media print{.top,form,.actions,.legend{display:none}.brief{position:static;max-height:none}}
`.trim();

export const PAGE_CSS_VERSION = fingerprint(PAGE_CSS);
