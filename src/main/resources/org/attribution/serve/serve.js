// The service's page: sends the article pasted or dropped into the box to POST /view and shows the
// answer with the report's article view (article.js). It calls nothing but this service, and puts
// text into the page with textContent alone.
(function () {
  'use strict';
  const form = document.getElementById('extract-form');
  const box = document.getElementById('article-text');
  const profile = document.getElementById('profile');
  const status = document.getElementById('status');
  const section = document.getElementById('article');
  let asked = 0;

  function say(text, cls) {
    status.textContent = text;
    status.className = cls || '';
  }

  // A dropped file is read here, in the page; the service only ever sees its text.
  box.addEventListener('dragover', e => { e.preventDefault(); box.classList.add('dropping'); });
  box.addEventListener('dragleave', () => box.classList.remove('dropping'));
  box.addEventListener('drop', e => {
    box.classList.remove('dropping');
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    file.text().then(text => { box.value = text; form.requestSubmit(); });
  });

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const token = ++asked;
    const chosen = profile ? profile.value : null;
    const address = chosen ? 'view?' + new URLSearchParams({profile: chosen}) : 'view';
    section.replaceChildren();
    delete document.body.dataset.shown;
    say('Finding who said what…');
    let answer, body;
    try {
      answer = await fetch(address, {
        method: 'POST', headers: {'Content-Type': 'text/plain;charset=utf-8'}, body: box.value});
      body = await answer.json();
    } catch (err) {
      if (token === asked) say('The service did not answer: ' + err.message, 'error');
      return;
    }
    if (token !== asked) return;
    if (!answer.ok) { say(body.error || answer.statusText, 'error'); return; }
    window.AttributionArticle.render(section, body, {
      title: 'Your article' + (chosen ? ' (' + chosen.toLowerCase() + ')' : ''),
      fields: [],
      error: null,
      speaker: name => document.createTextNode(name),
      noText: '',
      focused: null,
    });
    say(body.atts.length + ' attributions');
    document.body.dataset.shown = String(body.atts.length);
  });
})();
