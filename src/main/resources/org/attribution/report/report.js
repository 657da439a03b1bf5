// Renders the article list, article, speaker and search views. The index (#report-index) is read at
// load; each article (a line of base64 gzipped JSON in #report-articles) is decoded only when
// shown, so a large archive opens as fast as a small one. Text from articles is only ever set
// with textContent, never parsed as HTML. Articles themselves are drawn by article.js.
(function () {
  'use strict';
  const PAGE = 50;
  const {el, badge, colourClass, contentOf} = window.AttributionArticle;
  const index = JSON.parse(document.getElementById('report-index').textContent);
  const entries = index.articles;
  // Articles by id: two articles may share one, and then each has its place among them (n).
  const byId = new Map();
  entries.forEach((a, i) => { if (!byId.has(a.id)) byId.set(a.id, []); byId.get(a.id).push(i); });
  // Every view is a section of main; views rendered by other scripts are only shown from here.
  const views = Array.from(document.querySelectorAll('main > section.view'), v => v.id);
  const TYPES = ['DIRECT', 'INDIRECT', 'MIXED'];
  const KINDS = ['PERSON', 'ORGANIZATION', 'DOCUMENT', 'OTHER'];
  const decoded = new Map();
  let lines = null;
  let rendering = 0;

  function article(i) {
    if (!decoded.has(i)) {
      lines = lines || document.getElementById('report-articles').textContent.split('\n');
      const binary = atob(lines[i]);
      const bytes = new Uint8Array(binary.length);
      for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
      const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      decoded.set(i, new Response(json).json());
    }
    return decoded.get(i);
  }
  function link(params, text, cls) {
    const a = el('a', cls, text);
    a.href = '#' + new URLSearchParams(params).toString();
    return a;
  }
  function show(name) {
    views.forEach(v => { document.getElementById(v).hidden = v !== name; });
    window.scrollTo(0, 0);
    return document.getElementById(name);
  }
  // An article goes by its title where the extractor kept one (--keep-fields title).
  function label(entry) { return (entry.title || entry.id) + (entry.n ? ' (' + entry.n + ')' : ''); }
  function articleParams(entry) {
    return entry.n ? {view: 'article', id: entry.id, n: entry.n} : {view: 'article', id: entry.id};
  }
  function pager(section, total, page, params) {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const nav = el('p', 'pager');
    if (page > 1) nav.append(link(Object.assign({}, params, {page: page - 1}), '← previous', 'prev'), ' ');
    nav.append(el('span', null, 'page ' + page + ' of ' + pages + ' '));
    if (page < pages) nav.append(link(Object.assign({}, params, {page: page + 1}), 'next →', 'next'));
    section.append(nav);
  }

  function renderArticles(page) {
    const section = show('articles');
    section.replaceChildren(el('h2', null, 'Articles (' + entries.length.toLocaleString('en') + ')'));
    const list = el('ol', 'article-list');
    list.start = (page - 1) * PAGE + 1;
    entries.slice((page - 1) * PAGE, page * PAGE).forEach(a => {
      const item = el('li');
      item.append(link(articleParams(a), label(a)), ' ', el('span', 'count', a.who.length + ' attributions'));
      const unattributed = a.who.filter(w => w < 0).length;
      if (unattributed) item.append(' ', el('span', 'flag', unattributed + ' without a speaker'));
      if (a.error) item.append(' ', el('span', 'error', 'error'));
      list.append(item);
    });
    section.append(list);
    pager(section, entries.length, page, {view: 'articles'});
  }

  async function renderArticle(id, n, focused) {
    const token = ++rendering;
    const section = show('article');
    section.replaceChildren();
    const k = byId.has(id) ? byId.get(id)[(parseInt(n, 10) || 1) - 1] : undefined;
    if (k === undefined) { section.append(el('p', 'error', 'No article has the id ' + id)); return; }
    const entry = entries[k];
    const art = await article(k);
    if (token !== rendering) return;
    const fields = Object.entries(art.fields || {});
    window.AttributionArticle.render(section, art, {
      title: label(entry),
      fields: entry.title || fields.length ? [['id', entry.id]].concat(fields) : [],
      error: entry.error,
      speaker: name => link({view: 'speaker', name: name}, name),
      noText: 'The text of this article was not given (--texts), so only its attributions are listed.',
      focused: focused,
    });
  }

  async function renderSpeaker(name, page) {
    const token = ++rendering;
    const section = show('speaker');
    const number = index.speakers.indexOf(name);
    const quotes = [];
    entries.forEach((a, k) => a.who.forEach((w, i) => { if (w === number && number >= 0) quotes.push([k, i]); }));
    const shown = quotes.slice((page - 1) * PAGE, page * PAGE);
    const arts = await Promise.all(shown.map(([k]) => article(k)));
    if (token !== rendering) return;
    const kind = shown.length ? arts[0].atts[shown[0][1]].kind : null;
    section.replaceChildren(el('h2', null, name));
    section.append(el('p', 'summary', (kind ? kind + ' · ' : '') + quotes.length + ' attributions'));
    const list = el('ol', 'quotes');
    list.start = (page - 1) * PAGE + 1;
    shown.forEach(([k, i], n) => list.append(quoteItem(arts[n], k, i, false)));
    section.append(list);
    pager(section, quotes.length, page, {view: 'speaker', name: name});
  }

  // One attribution in a list: its type, content, who said it (when asked) and where.
  function quoteItem(art, k, i, named) {
    const att = art.atts[i];
    const item = el('li', 'quote ' + colourClass(att));
    item.append(badge(att.type), ' ', el('q', null, contentOf(art, att)), ' ');
    const source = el('span', 'source');
    if (named) source.append(att.who == null ? el('span', 'flag', 'no speaker') : link({view: 'speaker', name: att.who}, att.who), ' ');
    source.append([att.speaker, att.cue].filter(x => x).join(' ') + ' in ');
    source.append(link(Object.assign(articleParams(entries[k]), {a: i}), label(entries[k])));
    item.append(source);
    return item;
  }

  // Search: every attribution of the archive, filtered in the page. The filters live in the
  // address, so a search can be bookmarked; typing updates it without re-rendering the form.
  function filters(p) {
    const min = parseFloat(p.get('min'));
    return {q: p.get('q') || '', type: p.get('type') || '', kind: p.get('kind') || '', min: isNaN(min) ? '' : min};
  }
  function matches(f, entry, art, att) {
    if (f.type && att.type !== f.type) return false;
    if (f.kind && (f.kind === 'none' ? att.kind != null : att.kind !== f.kind)) return false;
    if (f.min !== '' && att.confidence < f.min) return false;
    const words = f.q.toLowerCase().split(/\s+/).filter(w => w);
    if (!words.length) return true;
    const haystack = [contentOf(art, att), att.who, att.speaker, att.cue, att.document, entry.title, entry.id]
        .filter(x => x).join('\n').toLowerCase();
    return words.every(w => haystack.includes(w));
  }
  function choice(name, caption, values) {
    const select = el('select');
    select.name = name;
    [['', 'any'], ...values].forEach(([v, text]) => {
      const option = el('option', null, text);
      option.value = v;
      select.append(option);
    });
    const wrap = el('label', null, caption + ' ');
    wrap.append(select);
    return wrap;
  }
  function searchForm(section) {
    let form = section.querySelector('form.search');
    if (form) return form;
    form = el('form', 'search');
    const text = el('input');
    Object.assign(text, {type: 'search', name: 'q', placeholder: 'words in content, speaker, cue, document or article'});
    const min = el('input');
    Object.assign(min, {type: 'number', name: 'min', min: 0, max: 1, step: 0.05});
    const minLabel = el('label', null, 'confidence at least ');
    minLabel.append(min);
    form.append(text, choice('type', 'type', TYPES.map(t => [t, t.toLowerCase()])),
        choice('kind', 'speaker kind', KINDS.map(k => [k, k.toLowerCase()]).concat([['none', 'no speaker']])), minLabel);
    form.addEventListener('submit', e => e.preventDefault());
    const update = () => {
      const params = {view: 'search'};
      ['q', 'type', 'kind', 'min'].forEach(n => { if (form.elements[n].value) params[n] = form.elements[n].value; });
      history.replaceState(null, '', '#' + new URLSearchParams(params).toString());
      renderResults(section, filters(new URLSearchParams(params)), 1);
    };
    // Typing fires input; a choice from a list fires change (and input too in most browsers).
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    section.replaceChildren(el('h2', null, 'Search'), form, el('div', 'results'));
    return form;
  }
  async function renderSearch(p, page) {
    const section = show('search');
    const form = searchForm(section);
    const f = filters(p);
    ['q', 'type', 'kind', 'min'].forEach(n => { form.elements[n].value = String(f[n]); });
    await renderResults(section, f, page);
  }
  async function renderResults(section, f, page) {
    const token = ++rendering;
    const query = location.hash.slice(1);
    const arts = await Promise.all(entries.map((_, k) => article(k)));
    if (token !== rendering) return;
    const found = [];
    arts.forEach((art, k) => art.atts.forEach((att, i) => { if (matches(f, entries[k], art, att)) found.push([k, i]); }));
    const results = section.querySelector('.results');
    results.dataset.query = query;  // the search these results answer
    results.replaceChildren(el('p', 'summary', found.length.toLocaleString('en') + ' attributions found'));
    const list = el('ol', 'quotes');
    list.start = (page - 1) * PAGE + 1;
    found.slice((page - 1) * PAGE, page * PAGE).forEach(([k, i]) => list.append(quoteItem(arts[k], k, i, true)));
    results.append(list);
    const params = {view: 'search'};
    Object.entries(f).forEach(([n, v]) => { if (v !== '') params[n] = v; });
    pager(results, found.length, page, params);
  }

  async function route() {
    const p = new URLSearchParams(location.hash.slice(1));
    const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
    switch (p.get('view')) {
      case 'articles': renderArticles(page); break;
      case 'article': await renderArticle(p.get('id'), p.get('n'), p.get('a')); break;
      case 'speaker': await renderSpeaker(p.get('name'), page); break;
      case 'search': await renderSearch(p, page); break;
      default: show(views.includes(p.get('view')) ? p.get('view') : 'archive');
    }
    document.body.dataset.ready = 'true';
  }
  window.addEventListener('hashchange', route);
  route();
})();
