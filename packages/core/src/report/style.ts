/** The report's stylesheet and script, inlined so the page needs no network and no files. */
export const REPORT_CSS = `
:root { --fg:#1b1b1b; --muted:#5f6368; --bg:#fff; --panel:#f6f7f9; --q:#fde68a; --a:#bfdbfe; --d:#bbf7d0; --x:#e9d5ff; --claim:#fff3c4; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
header, article, section.comparison { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 1.5rem; margin: 8px 0; } h2 { font-size: 1.15rem; margin: 0 0 4px; word-break: break-all; }
.meta { color: var(--muted); margin: 0 0 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; margin: 8px 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.contents { margin: 4px 0; padding-left: 24px; columns: 2 22em; } .contents li { margin-bottom: 2px; }
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(260px, 1fr); gap: 20px; align-items: start; }
/* Narrow screens: the panel follows below the text, kept in view at the bottom while its article is read. */
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } .layout aside { top: auto; bottom: 0; max-height: 40vh; overflow: auto; box-shadow: 0 -2px 8px rgba(0,0,0,.15); } }
.text { font-family: Georgia, "Times New Roman", serif; white-space: pre-wrap; word-wrap: break-word; }
.block + .block { margin-top: 0.3em; }
.block.boilerplate { color: #666666; background: repeating-linear-gradient(135deg, #f3f3f3 0 6px, #ececec 6px 12px); border-left: 3px solid #9aa0a6; }
.reason { font: 600 11px/1.4 system-ui, sans-serif; color: #3c4043; background: #dadce0; border-radius: 3px; padding: 0 4px; margin-right: 4px; white-space: nowrap; }
.m { cursor: pointer; border-radius: 2px; }
.m:focus { outline: 2px solid #1a73e8; outline-offset: 1px; }
.t-quantity { background: var(--q); border-bottom: 2px solid #b45309; }
.t-agency { background: var(--a); border-bottom: 2px dashed #1d4ed8; }
.t-daterange { background: var(--d); border-bottom: 3px double #15803d; }
.t-quote { font-style: italic; text-decoration: underline dotted #7c3aed; text-underline-offset: 3px; }
.t-other { background: var(--x); border-bottom: 2px dotted #6d28d9; }
.t-quote.t-quantity, .t-quote.t-agency, .t-quote.t-daterange { font-style: italic; }
.tag { font: 700 10px/1 system-ui, sans-serif; vertical-align: super; color: #202124; margin-right: 1px; }
.m.selected { outline: 2px solid #d93025; }
.tag:target + .m { outline: 2px solid #d93025; }
.seg.in-claim:not(.m) { background-color: var(--claim); box-shadow: 0 0 0 2px var(--claim); }
.m.in-claim { box-shadow: 0 0 0 2px #e8a400; }
aside { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; background: var(--panel); border-radius: 6px; padding: 12px 14px; font-size: 14px; }
aside h3 { font-size: 1rem; margin: 12px 0 6px; }
.details h4 { margin: 0 0 6px; font-size: 0.95rem; }
.details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.details dt { color: var(--muted); } .details dd { margin: 0; word-break: break-word; }
.claims { padding-left: 20px; margin: 0; } .claims li { margin-bottom: 6px; }
.claims button { all: unset; display: block; cursor: pointer; padding: 2px 4px; border-radius: 4px; }
.claims button:hover { background: #e8eaed; } .claims button.active { background: var(--claim); }
.claims button:focus { outline: 2px solid #1a73e8; }
.claim-id { color: #1a0dab; text-decoration: underline; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid #dadce0; padding: 4px 8px; text-align: left; vertical-align: top; }
.status-agree::before { content: "✓ "; } .status-conflict::before { content: "⚠ "; }
.status-conflict { color: #a50e0e; font-weight: 600; } .status-agree { color: #137333; font-weight: 600; }
tr.conflict { background: #fce8e6; }
.comparison td:first-child, .comparison td:nth-child(4) { white-space: nowrap; }
.comparison td:nth-child(3) { min-width: 22em; }
`;

/** Click or press Enter on a mention to see its fields; click a claim to highlight it. Text only via textContent. */
export const REPORT_SCRIPT = `
(function () {
  function fieldsOf(m) {
    var rows = [];
    Object.keys(m).forEach(function (k) {
      if (k === 'start' || k === 'end') return;
      var v = m[k];
      if (v && typeof v === 'object') {
        Object.keys(v).forEach(function (kk) { if (kk !== 'start' && kk !== 'end') rows.push([k + '.' + kk, v[kk]]); });
      } else rows.push([k, v]);
    });
    return rows;
  }
  function show(article, ids) {
    var data = JSON.parse(article.querySelector('script.doc-data').textContent);
    var panel = article.querySelector('.details');
    panel.textContent = '';
    ids.forEach(function (id) {
      var m = data.mentions[id];
      if (!m) return;
      var h = document.createElement('h4');
      h.textContent = m.type + ' ' + id;
      var dl = document.createElement('dl');
      fieldsOf(m).forEach(function (row) {
        var dt = document.createElement('dt'); dt.textContent = row[0];
        var dd = document.createElement('dd'); dd.textContent = row[1] === null ? '—' : String(row[1]);
        dl.appendChild(dt); dl.appendChild(dd);
      });
      panel.appendChild(h); panel.appendChild(dl);
    });
    article.querySelectorAll('.m.selected').forEach(function (e) { e.classList.remove('selected'); });
    ids.forEach(function (id) {
      article.querySelectorAll('.m').forEach(function (e) { if (e.dataset.ids.split(' ').indexOf(id) >= 0) e.classList.add('selected'); });
    });
  }
  document.addEventListener('click', function (ev) {
    var link = ev.target.closest && ev.target.closest('a[data-mention]');
    var article = link && document.getElementById('doc-' + link.dataset.docIndex);
    if (article) show(article, [link.dataset.mention]);
  });
  document.querySelectorAll('article.doc').forEach(function (article) {
    article.addEventListener('click', function (ev) {
      var seg = ev.target.closest('.m');
      if (seg) { show(article, seg.dataset.ids.split(' ')); return; }
      var claim = ev.target.closest('button[data-claim]');
      if (claim) {
        var start = Number(claim.dataset.start), end = Number(claim.dataset.end);
        article.querySelectorAll('.seg').forEach(function (e) {
          var s = Number(e.dataset.start), t = Number(e.dataset.end);
          e.classList.toggle('in-claim', s >= start && t <= end);
        });
        article.querySelectorAll('button[data-claim]').forEach(function (b) { b.classList.toggle('active', b === claim); });
        show(article, [claim.dataset.quantity]);
        var first = article.querySelector('.in-claim');
        if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
      }
    });
    article.addEventListener('keydown', function (ev) {
      var seg = ev.target.closest && ev.target.closest('.m');
      if (seg && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); show(article, seg.dataset.ids.split(' ')); }
    });
  });
})();
`;
