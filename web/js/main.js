// The router: picks the view for the address (#/, #/doc/<id>/<lang>, #/align/<id>/<lang>,
// #/coverage[/<id>/<lang>], #/rules) and mounts it.
import { api } from './api.js';
import * as documentsView from './documents.js';
import * as editorView from './editor.js';
import * as alignView from './align.js';
import * as coverageView from './coverage.js';
import * as rulesView from './rules.js';

const view = document.getElementById('view');
const pageStatus = document.getElementById('page-status');
let current = null;

function route() {
  if (current && current.unmount) current.unmount();
  const [, name, id, lang] = location.hash.split('/');
  const context = { api, setPageStatus: (text) => { pageStatus.textContent = text; } };
  if (name === 'align' && id) {
    current = alignView.mount(view, { ...context, documentId: decodeURIComponent(id), language: lang ? decodeURIComponent(lang) : null });
  } else if (name === 'doc' && id) {
    current = editorView.mount(view, { ...context, documentId: decodeURIComponent(id), language: lang ? decodeURIComponent(lang) : null });
  } else if (name === 'coverage') {
    current = coverageView.mount(view, { ...context, documentId: id ? decodeURIComponent(id) : null, language: lang ? decodeURIComponent(lang) : null });
  } else if (name === 'rules') {
    current = rulesView.mount(view, context);
  } else {
    current = documentsView.mount(view, context);
  }
}

window.addEventListener('hashchange', route);
route();
