// The article view that the report and the service's page share: an article's text with each
// attribution highlighted in its speaker's colour, a panel that says who said what, and the table of
// its attributions. It renders the article JSON of the report's data (segments and attributions).
// Text from articles is only ever set with textContent, never parsed as HTML.
window.AttributionArticle = (function () {
  'use strict';
  const COLOURS = 10;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // Only web addresses become links, so that no value from an article can run script.
  function webLink(value) {
    if (!/^https?:\/\//i.test(value)) return document.createTextNode(value);
    const a = el('a', 'external', value);
    a.href = value;
    a.rel = 'noopener noreferrer';
    return a;
  }
  function colourClass(att) { return att.colour < 0 ? 'none' : 'k' + (att.colour % COLOURS); }
  function badge(type) { return el('span', 'badge ' + type.toLowerCase(), type.toLowerCase()); }
  function textOf(art) {
    if (art.text == null) art.text = art.segs.map(s => typeof s === 'string' ? s : s.t).join('');
    return art.text;
  }
  function contentOf(art, att) {
    return att.content != null ? att.content : textOf(art).slice(att.span[0], att.span[1]);
  }

  // view.speaker(name) makes the node that names a speaker: a link where the page has a view of
  // each speaker, plain text where it has not.
  function detail(view, art, i, role) {
    const att = art.atts[i];
    const card = el('div', 'card ' + colourClass(att));
    const title = el('p', 'card-title');
    title.append(badge(att.type), ' ', el('span', null, '#' + (i + 1) + (role ? ' · ' + role : '')));
    const dl = el('dl');
    [['speaker', att.who], ['kind', att.kind], ['mention', att.speaker], ['cue', att.cue && att.cue + ' (' + att.cueKind + ')'],
      ['document', att.document], ['confidence', att.confidence]].forEach(([k, v]) => {
      if (v == null) return;
      const dd = el('dd');
      dd.append(k === 'speaker' ? view.speaker(v) : String(v));
      dl.append(el('dt', null, k), dd);
    });
    card.append(title, dl);
    if (att.who == null) card.append(el('p', 'flag', 'no speaker'));
    if (att.misplaced) card.append(el('p', 'error', 'span does not match the text'));
    return card;
  }

  function showDetails(view, panel, art, seg) {
    panel.replaceChildren();
    seg.c.forEach(i => panel.append(detail(view, art, i, 'content')));
    seg.m.forEach(([role, i]) => panel.append(detail(view, art, i, role)));
  }

  function articleText(view, art, panel) {
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
      span.addEventListener('mouseenter', () => showDetails(view, panel, art, seg));
      span.addEventListener('click', () => showDetails(view, panel, art, seg));
      text.append(span);
    });
    return text;
  }

  function focus(view, section, art, i) {
    section.querySelectorAll('.focus').forEach(e => e.classList.remove('focus'));
    const panel = section.querySelector('.details');
    if (panel) panel.replaceChildren(detail(view, art, i, null));
    const mine = Array.from(section.querySelectorAll('.seg'))
        .filter(s => s.dataset.atts.split(' ').includes(String(i)));
    mine.forEach(s => s.classList.add('focus'));
    const row = section.querySelector('#att-' + i);
    row.classList.add('focus');
    (mine[0] || row).scrollIntoView({block: 'center'});
  }

  function attributionTable(view, section, art) {
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
      who.append(att.who == null ? el('span', 'flag', 'no speaker') : view.speaker(att.who));
      row.append(el('td', 'num', String(i + 1)), type, el('td', 'content', contentOf(art, att)), who,
          el('td', null, att.kind || ''), el('td', null, att.cue || ''), el('td', null, att.document || ''),
          el('td', 'num', String(att.confidence)));
      row.addEventListener('click', e => { if (e.target.tagName !== 'A') focus(view, section, art, i); });
      body.append(row);
    });
    table.append(thead, body);
    return table;
  }

  // Renders article art into section. view: title; fields, [name, value] pairs to list; error;
  // speaker(name), see detail; noText, what to say when the article's text is not known; focused,
  // the number of an attribution to show at once, or null.
  function render(section, art, view) {
    section.append(el('h2', null, view.title));
    if (view.fields.length) {
      const dl = el('dl', 'fields');
      view.fields.forEach(([k, v]) => {
        const dd = el('dd');
        dd.append(webLink(v));
        dl.append(el('dt', null, k), dd);
      });
      section.append(dl);
    }
    if (view.error) section.append(el('p', 'error', view.error));
    const panel = el('aside', 'details');
    panel.append(el('p', 'hint', 'Point at a highlighted passage to see who said it.'));
    if (art.hasText) {
      const layout = el('div', 'layout');
      layout.append(articleText(view, art, panel), panel);
      section.append(layout);
    } else {
      section.append(el('p', 'note', view.noText));
    }
    section.append(el('h3', null, art.atts.length + ' attributions'), attributionTable(view, section, art));
    if (view.focused != null && art.atts[view.focused]) focus(view, section, art, Number(view.focused));
  }

  return {el: el, badge: badge, colourClass: colourClass, contentOf: contentOf, render: render};
})();
