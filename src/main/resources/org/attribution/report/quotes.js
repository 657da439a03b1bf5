// The Quotes view's search box: shows the listed quotations whose text or speakers contain every
// word typed, in the page itself. The quotations are plain HTML; this only hides and shows them.
(function () {
  'use strict';
  const box = document.getElementById('quote-search');
  const items = Array.from(document.querySelectorAll('#quotes li.iq'));
  const matches = document.querySelector('#quotes .quote-matches');
  function filter() {
    const terms = box.value.toLowerCase().split(/\s+/).filter(t => t);
    let shown = 0;
    items.forEach(item => {
      const hit = terms.every(t => item.dataset.search.includes(t));
      item.hidden = !hit;
      if (hit) shown++;
    });
    matches.textContent = terms.length ? shown + ' of ' + items.length + ' quotations match' : '';
  }
  box.addEventListener('input', filter);
  filter();
})();
