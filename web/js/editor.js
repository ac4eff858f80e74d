// The editor view: source sentences beside their translations, one live editor moved to the
// active row, autosave, keyboard shortcuts, conflicts shown side by side, others' saves live.
import { h, clear } from './dom.js';
import { editorPanels } from './panels.js';
import { direction, languageDatalist } from './languages.js';
import { matches } from './highlight.js';
import { askName, translatorName, shortcutSheet } from './dialogs.js';
import { buildRow, refreshRow, conflictView, historyView } from './editor-rows.js';
import { editorToolbar } from './editor-toolbar.js';

const DEFAULT_SAVE_DELAY_MS = 600;
// Rows go into lists of this many, each skipped by the browser while off screen (content-visibility),
// so scrolling a 5,000-unit document lays out a few dozen rows, not thousands.
const ROWS_PER_CHUNK = 40;

export const SHORTCUTS = [
  ['Ctrl+Enter', 'Confirm (translated, or reviewed in review mode) and go to the next untranslated unit'],
  ['Ctrl+↓ / Ctrl+↑', 'Next / previous unit'],
  ['Ctrl+Shift+C', 'Copy the source into the translation'],
  ['Esc', 'Revert the unsaved edit of this unit'],
  ['Alt+M', 'Merge this unit with the next'],
  ['Alt+S', 'Split a merged unit again'],
  ['Alt+H', 'Show the history of this unit'],
  ['Alt+R', 'Turn review mode on or off'],
  ['Ctrl+Shift+F', 'Search'],
  ['Alt+J', 'Jump to a segment number'],
  ['? or Ctrl+/', 'This list'],
];

export function mount(element, { api, documentId, language, setPageStatus }) {
  if (!language) {
    return chooseLanguage(element, documentId);
  }
  const targetDir = direction(language);
  // How long typing may pause before an autosave; a preference kept in the browser.
  const SAVE_DELAY_MS = Number(localStorage.getItem('tandem.autosaveDelayMs')) || DEFAULT_SAVE_DELAY_MS;
  let doc = null;
  let entries = [];
  let byId = new Map();
  let active = null;
  let reviewMode = false;
  let filter = { status: 'all', query: '', searchIn: 'both' };
  let events = null;
  let unmounted = false;
  const mountedPanels = [];

  const textarea = h('textarea', { id: 'unit-editor', rows: 3, lang: language, dir: targetDir, spellcheck: 'true' });
  const editorLabel = h('label', { class: 'visually-hidden', for: 'unit-editor' }, 'Translation');
  const actionBar = h('div', { class: 'unit-actions', role: 'toolbar', 'aria-label': 'Unit actions' },
    action('Confirm', 'Ctrl+Enter', 'confirm', () => confirmActive()),
    action('Copy source', 'Ctrl+Shift+C', 'copy-source', () => copySource()),
    action('Revert', 'Esc', 'revert', () => revert(active)),
    action('Merge with next', 'Alt+M', 'merge', () => merge(active)),
    action('Split', 'Alt+S', 'split', () => split(active)),
    action('History', 'Alt+H', 'history', () => showHistory(active)));
  const editorBox = h('div', { class: 'unit-editor' }, editorLabel, textarea, actionBar);
  const panelSlots = h('div', { class: 'editor-tools' });
  const list = h('div', { class: 'units', role: 'region', 'aria-label': 'Segments' });
  const toolbar = editorToolbar({
    onFilter: (next) => { filter = { ...filter, ...next }; applyFilter(); },
    onJump: (number) => jump(number),
    onReviewMode: (on) => { reviewMode = on; },
    onShortcuts: () => shortcutSheet(SHORTCUTS),
  });
  const banner = h('div', { class: 'banner', role: 'status' });

  function action(label, keys, name, run) {
    return h('button', { type: 'button', class: `secondary action-${name}`, 'aria-keyshortcuts': keys.replace('Esc', 'Escape'),
      onmousedown: (event) => event.preventDefault(), onclick: run }, label, ' ', h('kbd', {}, keys));
  }

  // ---- state of units ----

  function setState(entry, state, detail) {
    entry.state = state;
    entry.el.row.dataset.state = state;
    entry.el.saveState.textContent = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved', failed: 'Not saved', conflict: 'Conflict' }[state] || '';
    entry.el.saveState.title = detail || '';
    if (state === 'failed') notice(entry, `Not saved: ${detail || 'the server did not answer'}. It is retried on your next edit or Ctrl+Enter.`);
    refreshPageStatus();
  }

  function refreshPageStatus() {
    const states = new Set(entries.map((entry) => entry.state));
    if (states.has('failed') || states.has('conflict')) setPageStatus('Some changes are not saved');
    else if (states.has('saving') || states.has('unsaved')) setPageStatus('Saving…');
    else setPageStatus('All changes saved');
  }

  function notice(entry, text, ...extra) {
    entry.el.notice.replaceChildren(...(text ? [h('span', {}, text), ...extra] : []));
  }

  function refresh(entry) {
    refreshRow(entry, shownQuery(entry), filter.searchIn);
    if (entry === active) textarea.value = entry.draft ?? entry.unit.target;
  }

  function shownQuery() {
    return filter.query;
  }

  // ---- saving ----

  function autosaveStatus(entry, target) {
    if (target.trim() === '') return 'initial';
    return entry.unit.status === 'initial' ? 'initial' : entry.unit.status === 'translated' ? 'translated'
      : (target === entry.unit.target ? entry.unit.status : 'translated');
  }

  function schedule(entry) {
    clearTimeout(entry.timer);
    setState(entry, 'unsaved');
    entry.timer = setTimeout(() => save(entry), SAVE_DELAY_MS);
  }

  async function save(entry, status) {
    clearTimeout(entry.timer);
    entry.timer = null;
    if (status) entry.pendingStatus = status;
    if (entry.state === 'conflict') return;
    if (entry.saving) { entry.again = true; return; }
    const target = entry.draft ?? entry.unit.target;
    const wanted = target.trim() === '' ? 'initial' : (entry.pendingStatus || autosaveStatus(entry, target));
    if (target === entry.unit.target && wanted === entry.unit.status) {
      entry.draft = null;
      entry.pendingStatus = null;
      setState(entry, 'saved');
      return;
    }
    entry.saving = true;
    entry.inFlight = target;
    setState(entry, 'saving');
    try {
      const saved = await api.saveUnit(documentId, language, entry.unit.id,
        { baseRev: entry.unit.rev, target, status: wanted, by: translatorName() || null });
      accept(entry, saved);
      if (entry.pendingStatus === wanted) entry.pendingStatus = null;
      window.dispatchEvent(new CustomEvent('tandem:unit-saved', { detail: { documentId, language, unit: saved } }));
    } catch (error) {
      if (error.status === 409 && error.body && error.body.current) {
        showConflict(entry, error.body.current, target);
      } else {
        setState(entry, 'failed', error.message);
      }
    } finally {
      entry.saving = false;
      entry.inFlight = null;
    }
    if (entry.again && entry.state !== 'conflict') {
      entry.again = false;
      save(entry);
    }
  }

  /** Takes a unit the server confirmed; a draft typed meanwhile stays and is saved next. */
  function accept(entry, saved) {
    entry.unit = saved;
    entry.remote = null;
    if (entry.draft === saved.target) entry.draft = null;
    refresh(entry);
    if (entry.draft === null) {
      notice(entry, '');
      setState(entry, 'saved');
    } else {
      schedule(entry);
    }
  }

  function showConflict(entry, theirs, mine) {
    setState(entry, 'conflict', 'saved by someone else meanwhile');
    const view = conflictView(entry, theirs, mine, {
      keepMine: () => { entry.unit = theirs; entry.draft = mine; closeConflict(entry); save(entry, entry.pendingStatus); },
      takeTheirs: () => { entry.draft = null; entry.pendingStatus = null; closeConflict(entry); accept(entry, theirs); },
      editMerge: () => {
        entry.unit = theirs;
        entry.draft = mine === theirs.target ? mine : `${mine}\n${theirs.target}`;
        closeConflict(entry);
        refresh(entry);
        setState(entry, 'unsaved');
        activate(entry);
        notice(entry, 'Both versions are in the editor: edit them into one, then confirm with Ctrl+Enter.');
      },
    });
    entry.el.notice.replaceChildren(view);
    // The translator may have moved on (Ctrl+Enter moves at once): bring the keyboard back to the choices.
    if (entry !== active) activate(entry, { focus: false });
    const first = view.querySelector('button');
    if (first) first.focus();
  }

  function closeConflict(entry) {
    entry.el.notice.replaceChildren();
    entry.state = 'unsaved';
  }

  // ---- moving around ----

  function activate(entry, { focus = true, scroll = true } = {}) {
    if (!entry) return;
    if (active && active !== entry) {
      const leaving = active;
      leaving.el.row.classList.remove('active');
      leaving.el.targetText.hidden = false;
      if (leaving.draft !== null && leaving.state !== 'conflict') save(leaving);
      refreshRow(leaving, shownQuery(leaving), filter.searchIn);
    }
    if (active !== entry) entry.entered = { target: entry.unit.target, status: entry.unit.status };
    active = entry;
    entry.el.row.classList.add('active');
    entry.el.targetText.hidden = true;
    editorLabel.textContent = `Translation of segment ${entry.label}`;
    textarea.value = entry.draft ?? entry.unit.target;
    actionBar.querySelector('.action-split').disabled = entry.unit.sources.length < 2;
    actionBar.querySelector('.action-merge').disabled = entry.index === entries.length - 1 || entries[entry.index + 1].blockStart;
    entry.el.target.append(editorBox);
    if (scroll) entry.el.row.scrollIntoView({ block: 'nearest' });
    if (focus) textarea.focus({ preventScroll: !scroll });
  }

  function visible(entry) {
    return entry && !entry.el.row.hidden;
  }

  function step(delta) {
    if (!active) return activate(entries.find(visible));
    for (let i = active.index + delta; i >= 0 && i < entries.length; i += delta) {
      if (visible(entries[i])) return activate(entries[i]);
    }
    return undefined;
  }

  function nextUntranslated() {
    const from = active ? active.index + 1 : 0;
    const candidates = [...entries.slice(from), ...entries.slice(0, from)];
    const next = candidates.find((entry) => visible(entry) && entry.unit.status === 'initial' && entry !== active && entry.draft === null)
      || entries.slice(from).find(visible);
    if (next) activate(next);
  }

  function jump(number) {
    const entry = entries.find((candidate) => candidate.first <= number && number <= candidate.last);
    if (!entry) {
      banner.textContent = `There is no segment ${number}; the document has ${doc.segments.length}.`;
      return;
    }
    if (!visible(entry)) {
      toolbar.reset();
      filter = { status: 'all', query: '', searchIn: filter.searchIn };
      applyFilter();
    }
    activate(entry);
  }

  // ---- actions ----

  function confirmActive() {
    if (!active) return;
    const entry = active;
    const target = entry.draft ?? entry.unit.target;
    if (target.trim() === '') {
      notice(entry, 'Nothing to confirm: the translation is empty.');
      return;
    }
    save(entry, reviewMode ? 'reviewed' : 'translated');
    // Someone else's save is known already: stay for the conflict the save will show.
    if (!entry.remote) nextUntranslated();
  }

  function copySource() {
    if (!active) return;
    textarea.value = active.sourceText;
    onInput();
  }

  // Back to the text the unit had when the translator came to it: an edit not saved yet is dropped;
  // one the autosave already stored is undone by saving the entered text as a new revision.
  async function revert(entry) {
    if (!entry || entry.state === 'conflict') return;
    const entered = entry.entered || { target: entry.unit.target, status: entry.unit.status };
    clearTimeout(entry.timer);
    if (entry.unit.target === entered.target && entry.unit.status === entered.status && !entry.saving) {
      if (entry.draft === null) return;
      entry.draft = null;
      entry.pendingStatus = null;
      refresh(entry);
      notice(entry, 'Reverted to the text it had when you came to it.');
      setState(entry, 'saved');
      return;
    }
    entry.draft = entered.target;
    refresh(entry);
    await save(entry, entered.status);
    while (entry.saving) await new Promise((resolve) => setTimeout(resolve, 20));
    if (entry.state === 'saved') notice(entry, 'Reverted to the text it had when you came to it (saved as a new revision).');
  }

  function onInput() {
    if (!active) return;
    active.draft = textarea.value;
    if (active.state === 'failed') notice(active, '');
    schedule(active);
  }

  async function flush(entry) {
    if (entry.draft !== null || entry.saving) {
      await save(entry);
      while (entry.saving) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return entry.state !== 'conflict' && entry.state !== 'failed';
  }

  async function merge(entry) {
    if (!entry || entry.index + 1 >= entries.length) return;
    const next = entries[entry.index + 1];
    if (next.blockStart) {
      notice(entry, 'Only sentences of the same paragraph can be merged; the next unit starts a new block.');
      return;
    }
    if (!(await flush(entry)) || !(await flush(next))) return;
    try {
      await api.merge(documentId, language, entry.unit.id, { baseRev: entry.unit.rev, nextRev: next.unit.rev, by: translatorName() || null });
      await reload(entry.unit.id);
      const merged = byId.get(entry.unit.id);
      if (merged) notice(merged, 'Merged: both sentences are one unit now. Split (Alt+S) separates them again; the translation then stays on the first.');
    } catch (error) {
      notice(entry, `Cannot merge: ${error.message}`);
      if (error.status === 409) await reload(entry.unit.id);
    }
  }

  async function split(entry) {
    if (!entry || entry.unit.sources.length < 2) return;
    if (!(await flush(entry))) return;
    try {
      await api.split(documentId, language, entry.unit.id, { baseRev: entry.unit.rev, by: translatorName() || null });
      await reload(entry.unit.id);
      const first = byId.get(entry.unit.sources[0]);
      if (first) notice(first, 'Split: the whole translation stayed on this first unit; move the words that belong to the next sentences.');
    } catch (error) {
      notice(entry, `Cannot split: ${error.message}`);
    }
  }

  async function showHistory(entry) {
    if (!entry) return;
    try {
      const history = await api.history(documentId, language, entry.unit.id);
      const view = historyView(entry, history, {
        close: () => { notice(entry, ''); if (entry === active) textarea.focus(); },
        restore: async (item) => {
          if (!(await flush(entry))) return;
          try {
            accept(entry, await api.restore(documentId, language, entry.unit.id, { rev: item.rev, baseRev: entry.unit.rev, by: translatorName() || null }));
            notice(entry, `Restored revision ${item.rev}.`);
            if (entry === active) textarea.focus();
          } catch (error) {
            if (error.status === 409 && error.body) accept(entry, error.body.current);
            notice(entry, `Not restored: ${error.message}`);
          }
        },
      });
      entry.el.notice.replaceChildren(view);
      const button = view.querySelector('button.restore') || view.querySelector('button');
      if (button) button.focus();
    } catch (error) {
      notice(entry, `No history: ${error.message}`);
    }
  }

  // ---- filter and search ----

  function applyFilter() {
    let shown = 0;
    for (const entry of entries) {
      const unit = entry.unit;
      const statusOk = filter.status === 'all'
        || (filter.status === 'source-changed' ? unit.sourceChanged
          : filter.status === 'attention' ? entry.state !== 'saved' : unit.status === filter.status);
      const target = entry.draft ?? unit.target;
      const textOk = !filter.query
        || (filter.searchIn !== 'target' && matches(entry.sourceText, filter.query))
        || (filter.searchIn !== 'source' && matches(target, filter.query));
      const show = statusOk && textOk;
      entry.el.row.hidden = !show;
      if (show) shown++;
      if (entry.shownQuery !== filter.query || filter.query) refreshRow(entry, filter.query, filter.searchIn);
    }
    toolbar.showCount(shown, entries.length);
    // The editor never stays on a row the filter hides: it moves to the nearest shown row, leaving
    // the focus where the translator is (the filter or the search field).
    if (active && !visible(active)) {
      const after = entries.slice(active.index + 1).find(visible);
      const before = entries.slice(0, active.index).reverse().find(visible);
      const next = after || before;
      if (next) activate(next, { focus: false });
      else deactivate();
    }
  }

  function deactivate() {
    if (!active) return;
    const leaving = active;
    leaving.el.row.classList.remove('active');
    leaving.el.targetText.hidden = false;
    if (leaving.draft !== null && leaving.state !== 'conflict') save(leaving);
    editorBox.remove();
    active = null;
  }

  // ---- live updates from other translators ----

  function remoteSave(unit) {
    const entry = byId.get(unit.id);
    if (!entry || unit.rev <= entry.unit.rev) return;
    if (entry.inFlight !== null && entry.inFlight !== undefined && unit.target === entry.inFlight) return;
    if (entry.draft === null && !entry.saving && entry.state !== 'conflict') {
      entry.unit = unit;
      refresh(entry);
      notice(entry, `Updated by ${unit.by || 'someone else'}.`);
      return;
    }
    if (entry.draft === unit.target) {
      accept(entry, unit);
      return;
    }
    entry.remote = unit;
    entry.el.row.classList.add('changed-remotely');
    notice(entry, `⚠ ${unit.by || 'Someone else'} saved another version while you edit. Your text is kept; saving shows both. `,
      h('button', { type: 'button', class: 'secondary compare', onclick: () => showConflict(entry, unit, entry.draft ?? entry.unit.target) }, 'Compare now'));
  }

  function listen() {
    if (typeof EventSource === 'undefined') return;
    events = new EventSource(api.eventsUrl(documentId, language));
    events.addEventListener('unit', (event) => remoteSave(JSON.parse(event.data)));
    events.addEventListener('units', () => reload(active && active.unit.id));
    events.addEventListener('open', () => { banner.textContent = ''; });
    events.addEventListener('error', () => {
      if (!unmounted) banner.textContent = 'Live updates interrupted; reconnecting…';
    });
  }

  // ---- loading and rendering ----

  function buildEntries(units) {
    const segmentIndex = new Map(doc.segments.map((segment, index) => [segment.id, index]));
    const textOf = new Map(doc.segments.map((segment) => [segment.id, segment.text]));
    let previousBlock = -1;
    return units.map((unit, index) => {
      const firstSegment = doc.segments[segmentIndex.get(unit.sources[0])];
      const block = firstSegment ? firstSegment.block : -1;
      const first = (segmentIndex.get(unit.sources[0]) ?? index) + 1;
      const last = (segmentIndex.get(unit.sources[unit.sources.length - 1]) ?? index) + 1;
      const entry = {
        unit, index, first, last, label: first === last ? String(first) : `${first}–${last}`,
        sourceText: unit.sources.map((id) => textOf.get(id) || '').join(' '),
        blockType: block >= 0 ? doc.blocks[block].type : 'paragraph', blockStart: block !== previousBlock,
        draft: null, state: 'saved', timer: null, saving: false, remote: null, pendingStatus: null, inFlight: null,
      };
      previousBlock = block;
      return entry;
    });
  }

  function renderUnits(units, keep) {
    const carried = new Map(entries.map((entry) => [entry.unit.id, entry]));
    entries = buildEntries(units);
    byId = new Map(entries.map((entry) => [entry.unit.id, entry]));
    const options = { sourceLanguage: doc.sourceLanguage, targetLanguage: language, targetDir };
    const fragment = document.createDocumentFragment();
    let chunk = null;
    for (const entry of entries) {
      const before = carried.get(entry.unit.id);
      if (before && before.draft !== null && before.unit.rev === entry.unit.rev) {
        entry.draft = before.draft;
        entry.state = 'unsaved';
      }
      if (entry.index % ROWS_PER_CHUNK === 0) {
        chunk = h('ol', { class: 'unit-chunk', start: entry.index + 1 });
        fragment.append(chunk);
      }
      chunk.append(buildRow(entry, options));
    }
    active = null;
    list.replaceChildren(fragment);
    for (const entry of entries) if (entry.draft !== null) schedule(entry);
    applyFilter();
    activate(byId.get(keep) || entries.find((entry) => entry.unit.status === 'initial') || entries[0], { scroll: Boolean(keep) });
    const keptBefore = carried.get(keep);
    if (keptBefore && keptBefore.entered && byId.has(keep)) byId.get(keep).entered = keptBefore.entered;
    refreshPageStatus();
  }

  async function reload(keep) {
    const translation = await api.translation(documentId, language);
    if (!unmounted) renderUnits(translation.units, keep);
  }

  function render(units) {
    clear(element);
    element.append(
      languageDatalist(h, 'common-languages'),
      h('div', { class: 'editor-header' },
        h('h1', { lang: doc.sourceLanguage, dir: 'auto' }, doc.title || doc.id),
        h('p', { class: 'meta' }, `${doc.sourceLanguage} → ${language} · ${doc.segments.length} segments`),
        nameButton(),
        panelSlots),
      toolbar.element,
      banner,
      list);
    mountedPanels.splice(0).forEach((panel) => panel && panel.unmount && panel.unmount());
    clear(panelSlots);
    for (const panel of editorPanels) {
      const slot = h('div', { class: 'editor-panel' });
      panelSlots.append(slot);
      mountedPanels.push(panel.mount(slot, { api, documentId, language, editor: element }));
    }
    renderUnits(units, null);
  }

  function nameButton() {
    const label = h('span', { class: 'translator-name' }, translatorName() || 'not set');
    return h('p', { class: 'translator' }, 'Translator: ', label, ' ',
      h('button', { type: 'button', class: 'secondary', id: 'change-name', onclick: async () => {
        label.textContent = (await askName()) || 'not set';
        if (active) textarea.focus();
      } }, 'Change name'));
  }

  // ---- keyboard ----

  function onKey(event) {
    if (document.querySelector('dialog[open]')) return;
    const inField = event.target instanceof HTMLElement && event.target.matches('input, textarea, select');
    const key = event.key;
    const ctrl = event.ctrlKey || event.metaKey;
    let handled = true;
    if (ctrl && key === 'Enter') confirmActive();
    else if (ctrl && !event.shiftKey && key === 'ArrowDown') step(1);
    else if (ctrl && !event.shiftKey && key === 'ArrowUp') step(-1);
    else if (ctrl && event.shiftKey && (key === 'C' || key === 'c') && event.target === textarea) copySource();
    else if (ctrl && event.shiftKey && (key === 'F' || key === 'f')) toolbar.focusSearch();
    else if (ctrl && key === '/') shortcutSheet(SHORTCUTS);
    else if (event.altKey && !ctrl && event.code === 'KeyM') merge(active);
    else if (event.altKey && !ctrl && event.code === 'KeyS') split(active);
    else if (event.altKey && !ctrl && event.code === 'KeyH') showHistory(active);
    else if (event.altKey && !ctrl && event.code === 'KeyR') toolbar.toggleReview();
    else if (event.altKey && !ctrl && event.code === 'KeyJ') toolbar.focusJump();
    else if (key === 'Escape' && event.target === textarea) revert(active);
    else if (key === '?' && !inField) shortcutSheet(SHORTCUTS);
    else handled = false;
    if (handled) event.preventDefault();
  }

  function onRowClick(event) {
    if (event.target.closest('button, a, textarea, input, select, .history, .conflict')) return;
    const row = event.target.closest('li.unit');
    if (row) activate(entries[Number(row.dataset.index)], { scroll: false });
  }

  function warnBeforeLeaving(event) {
    if (entries.some((entry) => entry.state !== 'saved')) {
      event.preventDefault();
      event.returnValue = '';
    }
  }

  textarea.addEventListener('input', onInput);
  list.addEventListener('click', onRowClick);
  document.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', warnBeforeLeaving);

  async function load() {
    try {
      const [documentJson, translation] = await Promise.all([api.document(documentId), api.translation(documentId, language)]);
      if (unmounted) return;
      doc = documentJson.document;
      render(translation.units);
      requestAnimationFrame(() => performance.mark('tandem:interactive'));
      listen();
      if (!translatorName()) {
        await askName();
        element.querySelector('.translator-name').textContent = translatorName() || 'not set';
        if (active) textarea.focus();
      }
    } catch (error) {
      clear(element);
      element.append(h('p', { class: 'error', role: 'alert' }, error.message), h('p', {}, h('a', { href: '#/' }, 'Back to documents')));
    }
  }

  load();
  return {
    unmount() {
      unmounted = true;
      if (events) events.close();
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', warnBeforeLeaving);
      mountedPanels.forEach((panel) => panel && panel.unmount && panel.unmount());
      for (const entry of entries) if (entry.draft !== null && entry.state !== 'conflict') save(entry);
      setPageStatus('');
    },
  };
}

function chooseLanguage(element, documentId) {
  const input = h('input', { id: 'target-language', required: true, size: 8, placeholder: 'fr', list: 'common-languages' });
  clear(element);
  element.append(languageDatalist(h, 'common-languages'), h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/doc/${encodeURIComponent(documentId)}/${encodeURIComponent(input.value.trim())}`;
  } }, h('label', { for: 'target-language' }, 'Translate into (BCP 47, e.g. fr, ja, pt-BR) '), input, h('button', { type: 'submit' }, 'Open')));
  input.focus();
  return { unmount() {} };
}
