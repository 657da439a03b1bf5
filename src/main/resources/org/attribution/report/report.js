// Renders the article, article list and speaker views from the data in #report-data: gzipped
// JSON in base64, decoded once at load. Articles are drawn only when opened, so a large archive
// loads as fast as its data decompresses. Text from articles is only ever set with textContent,
// never parsed as HTML.
(async function () {
  'use strict';
  const PAGE = 50;
  const COLOURS = 10;
  const articles = await load(document.getElementById('report-data'));
  const byId = new Map(articles.map(a => [a.id, a]));
  const views = ['archive', 'articles', 'article', 'speaker'];

  async function load(block) {
    const binary = atob(block.textContent.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return (await new Response(json).json()).articles;
  }
  function textOf(article) {
    if (article.text == null) article.text = article.segs.map(s => typeof s === 'string' ? s : s.t).join('');
    return article.text;
  }
  function contentOf(article, att) {
    return att.content != null ? att.content : textOf(article).slice(att.span[0], att.span[1]);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function href(params) { return '#' + new URLSearchParams(params).toString(); }
  function link(params, text, cls) {
    const a = el('a', cls, text);
    a.href = href(params);
    return a;
  }
  function show(name) {
    views.forEach(v => { document.getElementById(v).hidden = v !== name; });
    window.scrollTo(0, 0);
    return document.getElementById(name);
  }
  function colourClass(att) { return att.colour < 0 ? 'none' : 'k' + (att.colour % COLOURS); }
  function badge(type) { return el('span', 'badge ' + type.toLowerCase(), type.toLowerCase()); }

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
    section.replaceChildren(el('h2', null, 'Articles (' + articles.length.toLocaleString('en') + ')'));
    const list = el('ol', 'article-list');
    list.start = (page - 1) * PAGE + 1;
    articles.slice((page - 1) * PAGE, page * PAGE).forEach(a => {
      const item = el('li');
      item.append(link({view: 'article', id: a.id}, a.id), ' ');
      item.append(el('span', 'count', a.atts.length + ' attributions'));
      const unattributed = a.atts.filter(t => t.who == null).length;
      if (unattributed) item.append(' ', el('span', 'flag', unattributed + ' without a speaker'));
      if (a.error) item.append(' ', el('span', 'error', 'error'));
      list.append(item);
    });
    section.append(list);
    pager(section, articles.length, page, {view: 'articles'});
  }

  function detail(article, i, role) {
    const att = article.atts[i];
    const card = el('div', 'card ' + colourClass(att));
    const title = el('p', 'card-title');
    title.append(badge(att.type), ' ', el('span', null, '#' + (i + 1) + (role ? ' · ' + role : '')));
    card.append(title);
    const rows = [
      ['speaker', att.who], ['kind', att.kind], ['mention', att.speaker], ['cue', att.cue],
      ['document', att.document], ['confidence', att.confidence]];
    const dl = el('dl');
    rows.forEach(([k, v]) => {
      if (v == null) return;
      dl.append(el('dt', null, k));
      const dd = el('dd');
      dd.append(k === 'speaker' ? link({view: 'speaker', name: v}, v) : String(v));
      dl.append(dd);
    });
    card.append(dl);
    if (att.who == null) card.append(el('p', 'flag', 'no speaker'));
    if (att.misplaced) card.append(el('p', 'error', 'span does not match the text'));
    return card;
  }

  function showDetails(panel, article, seg) {
    panel.replaceChildren();
    seg.c.forEach(i => panel.append(detail(article, i, 'content')));
    seg.m.forEach(([role, i]) => panel.append(detail(article, i, role)));
  }

  function articleText(article, panel) {
    const text = el('div', 'text');
    const flagged = new Set();
    article.segs.forEach(seg => {
      if (typeof seg === 'string') { text.append(seg); return; }
      seg.c.filter(i => article.atts[i].who == null && !flagged.has(i)).forEach(i => {
        flagged.add(i);
        text.append(el('span', 'flag inline', 'no speaker'));
      });
      const span = el('span', 'seg', seg.t);
      if (seg.a >= 0) span.classList.add('hl', colourClass(article.atts[seg.a]));
      seg.m.forEach(([role, i]) => span.classList.add('mk-' + role, 'm' + colourClass(article.atts[i])));
      span.dataset.atts = seg.c.concat(seg.m.map(m => m[1])).join(' ');
      span.addEventListener('mouseenter', () => showDetails(panel, article, seg));
      span.addEventListener('click', () => showDetails(panel, article, seg));
      text.append(span);
    });
    return text;
  }

  function focus(section, article, i) {
    section.querySelectorAll('.focus').forEach(e => e.classList.remove('focus'));
    const panel = section.querySelector('.details');
    if (panel) panel.replaceChildren(detail(article, i, null));
    const mine = Array.from(section.querySelectorAll('.seg'))
        .filter(s => s.dataset.atts.split(' ').includes(String(i)));
    mine.forEach(s => s.classList.add('focus'));
    const row = section.querySelector('#att-' + i);
    if (row) row.classList.add('focus');
    (mine[0] || row).scrollIntoView({block: 'center'});
  }

  function attributionTable(section, article) {
    const table = el('table', 'attributions');
    const head = el('tr');
    ['#', 'type', 'content', 'speaker', 'kind', 'cue', 'document', 'confidence'].forEach(h => head.append(el('th', null, h)));
    const thead = el('thead');
    thead.append(head);
    table.append(thead);
    const body = el('tbody');
    article.atts.forEach((att, i) => {
      const row = el('tr', colourClass(att));
      row.id = 'att-' + i;
      row.append(el('td', 'num', String(i + 1)));
      const type = el('td');
      type.append(badge(att.type));
      row.append(type);
      row.append(el('td', 'content', contentOf(article, att)));
      const who = el('td');
      who.append(att.who == null ? el('span', 'flag', 'no speaker') : link({view: 'speaker', name: att.who}, att.who));
      row.append(who, el('td', null, att.kind || ''), el('td', null, att.cue || ''),
          el('td', null, att.document || ''), el('td', 'num', String(att.confidence)));
      row.addEventListener('click', e => { if (e.target.tagName !== 'A') focus(section, article, i); });
      body.append(row);
    });
    table.append(body);
    return table;
  }

  function renderArticle(id, focused) {
    const section = show('article');
    section.replaceChildren();
    const article = byId.get(id);
    if (!article) { section.append(el('p', 'error', 'No article has the id ' + id)); return; }
    section.append(el('h2', null, article.id));
    if (article.error) section.append(el('p', 'error', article.error));
    const panel = el('aside', 'details');
    panel.append(el('p', 'hint', 'Point at a highlighted passage to see who said it.'));
    if (article.hasText) {
      const layout = el('div', 'layout');
      layout.append(articleText(article, panel), panel);
      section.append(layout);
    } else {
      section.append(el('p', 'note', 'The text of this article was not given (--texts), so only its attributions are listed.'));
    }
    section.append(el('h3', null, article.atts.length + ' attributions'), attributionTable(section, article));
    if (focused != null && article.atts[focused]) focus(section, article, Number(focused));
  }

  function renderSpeaker(name, page) {
    const section = show('speaker');
    const quotes = [];
    articles.forEach(a => a.atts.forEach((att, i) => { if (att.who === name) quotes.push([a, i]); }));
    const kind = quotes.length ? quotes[0][0].atts[quotes[0][1]].kind : null;
    section.replaceChildren(el('h2', null, name));
    section.append(el('p', 'summary', (kind ? kind + ' · ' : '') + quotes.length + ' attributions'));
    const list = el('ol', 'quotes');
    list.start = (page - 1) * PAGE + 1;
    quotes.slice((page - 1) * PAGE, page * PAGE).forEach(([a, i]) => {
      const att = a.atts[i];
      const item = el('li', 'quote ' + colourClass(att));
      item.append(badge(att.type), ' ', el('q', null, contentOf(a, att)), ' ');
      const source = el('span', 'source', [att.speaker, att.cue].filter(x => x).join(' ') + ' in ');
      source.append(link({view: 'article', id: a.id, a: i}, a.id));
      item.append(source);
      list.append(item);
    });
    section.append(list);
    pager(section, quotes.length, page, {view: 'speaker', name: name});
  }

  function route() {
    const p = new URLSearchParams(location.hash.slice(1));
    const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
    switch (p.get('view')) {
      case 'articles': renderArticles(page); break;
      case 'article': renderArticle(p.get('id'), p.get('a')); break;
      case 'speaker': renderSpeaker(p.get('name'), page); break;
      default: show('archive');
    }
  }
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
})();
