// The Speakers view's filters: shows the listed speakers quoted in the chosen outlet, kind, gender
// evidence and months, with the number of their quotes that match. The speakers are plain HTML;
// this only hides and shows them.
(function () {
  'use strict';
  const form = document.querySelector('#speakers form.speaker-filters');
  const items = Array.from(document.querySelectorAll('#speakers li.sp'));
  const matches = document.querySelector('#speakers .speaker-matches');
  items.forEach(item => { item.uses = JSON.parse(item.dataset.uses); });
  function filter() {
    const f = Object.fromEntries(['outlet', 'kind', 'gender', 'from', 'to'].map(n => [n, form.elements[n].value]));
    let shown = 0;
    items.forEach(item => {
      let quotes = 0;
      Object.entries(item.uses).forEach(([place, n]) => {
        const [outlet, month] = place.split('\t');
        if (f.outlet && outlet !== f.outlet) return;
        if (f.from && !(month >= f.from && month !== 'undated')) return;
        if (f.to && !(month <= f.to && month !== 'undated')) return;
        quotes += n;
      });
      const hit = quotes > 0 && (!f.kind || item.dataset.kind === f.kind) && (!f.gender || item.dataset.gender === f.gender);
      item.hidden = !hit;
      item.querySelector('.sp-count').textContent = quotes + ' quotes';
      if (hit) shown++;
    });
    const any = Object.values(f).some(v => v);
    matches.textContent = any ? shown + ' of ' + items.length + ' speakers match' : '';
  }
  form.addEventListener('change', filter);
  form.addEventListener('submit', e => e.preventDefault());
  filter();
})();
