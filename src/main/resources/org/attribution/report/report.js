// Renders the article list, article and speaker views. The index (#report-index) is read at
// load; each article (a line of base64 gzipped JSON in #report-articles) is decoded only when
// shown, so a large archive opens as fast as a small one. Text from articles is only ever set
// with textContent, never parsed as HTML.
(function () {
  'use strict';
  const PAGE = 50;
  const COLOURS = 10;
  const index = JSON.parse(document.getElementById('report-index').textContent);
  const entries = index.articles;
  const byId = new Map(entries.map((a, i) => [a.id, i]));
  // Every view is a section of main; views rendered by other scripts are only shown from here.
  const views = Array.from(document.querySelectorAll('main > section.view'), v => v.id);
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
  function textOf(art) {
    if (art.text == null) art.text = art.segs.map(s => typeof s === 'string' ? s : s.t).join('');
    return art.text;
  }
  function contentOf(art, att) {
    return att.content != null ? att.content : textOf(art).slice(att.span[0], att.span[1]);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
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
    section.replaceChildren(el('h2', null, 'Articles (' + entries.length.toLocaleString('en') + ')'));
    const list = el('ol', 'article-list');
    list.start = (page - 1) * PAGE + 1;
    entries.slice((page - 1) * PAGE, page * PAGE).forEach(a => {
      const item = el('li');
      item.append(link({view: 'article', id: a.id}, a.id), ' ', el('span', 'count', a.who.length + ' attributions'));
      const unattributed = a.who.filter(w => w < 0).length;
      if (unattributed) item.append(' ', el('span', 'flag', unattributed + ' without a speaker'));
      if (a.error) item.append(' ', el('span', 'error', 'error'));
      list.append(item);
    });
    section.append(list);
    pager(section, entries.length, page, {view: 'articles'});
  }

  function detail(art, i, role) {
    const att = art.atts[i];
    const card = el('div', 'card ' + colourClass(att));
    const title = el('p', 'card-title');
    title.append(badge(att.type), ' ', el('span', null, '#' + (i + 1) + (role ? ' · ' + role : '')));
    const dl = el('dl');
    [['speaker', att.who], ['kind', att.kind], ['mention', att.speaker], ['cue', att.cue && att.cue + ' (' + att.cueKind + ')'],
      ['document', att.document], ['confidence', att.confidence]].forEach(([k, v]) => {
      if (v == null) return;
      const dd = el('dd');
      dd.append(k === 'speaker' ? link({view: 'speaker', name: v}, v) : String(v));
      dl.append(el('dt', null, k), dd);
    });
    card.append(title, dl);
    if (att.who == null) card.append(el('p', 'flag', 'no speaker'));
    if (att.misplaced) card.append(el('p', 'error', 'span does not match the text'));
    return card;
  }

  function showDetails(panel, art, seg) {
    panel.replaceChildren();
    seg.c.forEach(i => panel.append(detail(art, i, 'content')));
    seg.m.forEach(([role, i]) => panel.append(detail(art, i, role)));
  }

  function articleText(art, panel) {
    const text = el('div', 'text');
    const flagged = new Set();
    art.segs.forEach(seg => {
      if (typeof seg === 'string') { text.append(seg); return; }
      seg.c.filter(i => art.atts[i].who == null && !flagged.has(i)).forEach(i => {
        flagged.add(i);
        text.append(el('span', 'flag inline', 'no speaker'));
      });
      const span = el('span', 'seg', seg.t);
      if (seg.a >= 0) span.classList.add('hl', colourClass(art.atts[seg.a]));
      seg.m.forEach(([role, i]) => span.classList.add('mk-' + role, 'm' + colourClass(art.atts[i])));
      span.dataset.atts = seg.c.concat(seg.m.map(m => m[1])).join(' ');
      span.addEventListener('mouseenter', () => showDetails(panel, art, seg));
      span.addEventListener('click', () => showDetails(panel, art, seg));
      text.append(span);
    });
    return text;
  }

  function focus(section, art, i) {
    section.querySelectorAll('.focus').forEach(e => e.classList.remove('focus'));
    const panel = section.querySelector('.details');
    if (panel) panel.replaceChildren(detail(art, i, null));
    const mine = Array.from(section.querySelectorAll('.seg'))
        .filter(s => s.dataset.atts.split(' ').includes(String(i)));
    mine.forEach(s => s.classList.add('focus'));
    const row = section.querySelector('#att-' + i);
    row.classList.add('focus');
    (mine[0] || row).scrollIntoView({block: 'center'});
  }

  function attributionTable(section, art) {
    const table = el('table', 'attributions');
    const head = el('tr');
    ['#', 'type', 'content', 'speaker', 'kind', 'cue', 'document', 'confidence'].forEach(h => head.append(el('th', null, h)));
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    art.atts.forEach((att, i) => {
      const row = el('tr', colourClass(att));
      row.id = 'att-' + i;
      const type = el('td');
      type.append(badge(att.type));
      const who = el('td');
      who.append(att.who == null ? el('span', 'flag', 'no speaker') : link({view: 'speaker', name: att.who}, att.who));
      row.append(el('td', 'num', String(i + 1)), type, el('td', 'content', contentOf(art, att)), who,
          el('td', null, att.kind || ''), el('td', null, att.cue || ''), el('td', null, att.document || ''),
          el('td', 'num', String(att.confidence)));
      row.addEventListener('click', e => { if (e.target.tagName !== 'A') focus(section, art, i); });
      body.append(row);
    });
    table.append(thead, body);
    return table;
  }

  async function renderArticle(id, focused) {
    const token = ++rendering;
    const section = show('article');
    section.replaceChildren();
    if (!byId.has(id)) { section.append(el('p', 'error', 'No article has the id ' + id)); return; }
    const entry = entries[byId.get(id)];
    const art = await article(byId.get(id));
    if (token !== rendering) return;
    section.append(el('h2', null, entry.id));
    if (entry.error) section.append(el('p', 'error', entry.error));
    const panel = el('aside', 'details');
    panel.append(el('p', 'hint', 'Point at a highlighted passage to see who said it.'));
    if (art.hasText) {
      const layout = el('div', 'layout');
      layout.append(articleText(art, panel), panel);
      section.append(layout);
    } else {
      section.append(el('p', 'note', 'The text of this article was not given (--texts), so only its attributions are listed.'));
    }
    section.append(el('h3', null, art.atts.length + ' attributions'), attributionTable(section, art));
    if (focused != null && art.atts[focused]) focus(section, art, Number(focused));
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
    shown.forEach(([k, i], n) => {
      const att = arts[n].atts[i];
      const item = el('li', 'quote ' + colourClass(att));
      item.append(badge(att.type), ' ', el('q', null, contentOf(arts[n], att)), ' ');
      const source = el('span', 'source', [att.speaker, att.cue].filter(x => x).join(' ') + ' in ');
      source.append(link({view: 'article', id: entries[k].id, a: i}, entries[k].id));
      item.append(source);
      list.append(item);
    });
    section.append(list);
    pager(section, quotes.length, page, {view: 'speaker', name: name});
  }

  async function route() {
    const p = new URLSearchParams(location.hash.slice(1));
    const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
    switch (p.get('view')) {
      case 'articles': renderArticles(page); break;
      case 'article': await renderArticle(p.get('id'), p.get('a')); break;
      case 'speaker': await renderSpeaker(p.get('name'), page); break;
      default: show(views.includes(p.get('view')) ? p.get('view') : 'archive');
    }
    document.body.dataset.ready = 'true';
  }
  window.addEventListener('hashchange', route);
  route();
})();
