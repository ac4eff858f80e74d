// The router: picks the view for the address (#/, #/doc/<id>/<lang>, #/align/<id>/<lang>,
// #/coverage[/<id>/<lang>], #/memories, #/rules) and mounts it.
import { api } from './api.js';
import * as documentsView from './documents.js';
import * as editorView from './editor.js';
import * as alignView from './align.js';
import * as coverageView from './coverage.js';
import * as rulesView from './rules.js';
import * as memoriesView from './memories.js';
import * as signInView from './sign-in.js';
import { h, show } from './dom.js';

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
  } else if (name === 'memories') {
    current = memoriesView.mount(view, context);
  } else {
    current = documentsView.mount(view, context);
  }
}

// Sign-in: a server that others can reach asks for it before any view; a 401 later (a session
// that ended) brings the form back, and signing in returns to the address the translator was at.
const user = document.getElementById('user');
let signInShown = false;

function showUser(account) {
  show(user, account ? [h('span', {}, account.name), h('button', { type: 'button', class: 'sign-out', onclick: signOut }, 'Sign out')] : []);
}

function showSignIn() {
  if (signInShown) return;
  if (current && current.unmount) current.unmount();
  signInShown = true;
  showUser(null);
  current = signInView.mount(view, {
    api,
    onSignedIn: (session) => {
      signInShown = false;
      showUser(session.user);
      route();
    },
  });
}

async function signOut() {
  await api.signOut();
  const session = await api.session(true);
  if (session.signInRequired) showSignIn();
  else { showUser(null); route(); }
}

async function start() {
  const session = await api.session().catch(() => null);
  if (session && session.signInRequired && !session.user) {
    showSignIn();
  } else {
    showUser(session && session.user);
    route();
  }
}

window.addEventListener('tandem:sign-in-required', showSignIn);
window.addEventListener('hashchange', () => { if (!signInShown) route(); });
start();
