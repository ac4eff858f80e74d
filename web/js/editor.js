// The editor view: source sentences beside their translations. This module only wires the parts:
// the unit list (unit-list.js), the one live editor (unit-editor.js), the save rules and their
// driver (save-state.js, editor-saver.js), the shortcut table (shortcuts.js), the unit actions
// (unit-actions.js) and the panels (panel-host.js, panels.js).
import { h, clear } from './dom.js';
import { toolbarPanels, sidePanels } from './panels.js';
import { direction, languageDatalist } from './languages.js';
import { askName, translatorName, shortcutSheet, confirmDialog } from './dialogs.js';
import { editorToolbar } from './editor-toolbar.js';
import { SHORTCUTS, shortcutFor } from './shortcuts.js';
import { text, pageStatus } from './save-state.js';
import { createSaver } from './editor-saver.js';
import { createUnitList } from './unit-list.js';
import { createUnitEditor } from './unit-editor.js';
import { createPanelHost } from './panel-host.js';
import { unitActions } from './unit-actions.js';
import { editorSearch } from './editor-search.js';
import { editorLive } from './editor-live.js';
import { tokened, insertNextTag, codeProblems } from './inline-codes.js';

const DEFAULT_SAVE_DELAY_MS = 600;

export function mount(element, { api, documentId, language, setPageStatus }) {
  if (!language) return chooseLanguage(element, documentId);
  const targetDir = direction(language);
  // How long typing may pause before an autosave; a preference kept in the browser.
  const delayMs = Number(localStorage.getItem('tandem.autosaveDelayMs')) || DEFAULT_SAVE_DELAY_MS;
  let list = null;
  let active = null;
  let reviewMode = false;
  let unmounted = false;

  const banner = h('div', { class: 'banner', role: 'status' });
  const previewSlot = h('div', { class: 'preview-slot' });
  const toolSlot = h('div', { class: 'editor-tools' });
  const sideSlot = h('aside', { class: 'side-panels', 'aria-label': 'About the active unit' });
  const toolbar = editorToolbar({
    onFilter: (next) => applyFilter(next),
    onSearch: (query) => search.run(query),
    onPreview: (replacement) => search.preview(replacement),
    onJump: (number) => jump(number),
    onReviewMode: (on) => { reviewMode = on; },
    onShortcuts: () => shortcutSheet(SHORTCUTS),
  });
  const unitEditor = createUnitEditor({
    language, targetDir, run: (id) => runAction(id), onInput: (value) => typed(value), onRefused: (message) => notice(active, message),
  });
  const saver = createSaver({
    api, documentId, language, delayMs, by: translatorName,
    onChange: (entry) => changed(entry),
    onConflict: (entry) => live.showConflict(entry),
    onSaved: (entry, unit) => {
      if (entry.state.phase === 'saved') notice(entry, confirmedWithErrors(unit));
      panels.emit('saved', unit);
      search.refreshSoon();
    },
  });
  const search = editorSearch({
    api, documentId, language, saver, toolbar, previewSlot,
    list: () => list,
    filter: (next, note) => applyFilter(next, note),
    say: (message) => { banner.textContent = message; },
  });
  const live = editorLive({
    api, documentId, language, saver, notice,
    list: () => list,
    active: () => active,
    activate: (entry, options) => activate(entry, options),
    onSaved: (unit) => panels.emit('saved', unit),
    reload: () => reload(active && active.state.unit.id),
    say: (message) => { banner.textContent = message; },
  });
  const panels = createPanelHost({
    api, documentId, language,
    editor: {
      active: () => activeDetail(),
      insert: (value) => insertText(value),
      reload: (message) => reload(active && active.state.unit.id, message),
      saveNote: (unitId, note) => actions.saveNote(list.byId(unitId), note),
      addComment: (unitId, value) => actions.addComment(list.byId(unitId), value),
      resolveComment: (unitId, commentId) => actions.resolveComment(list.byId(unitId), commentId),
      jump: (unitId, options) => jumpToUnit(unitId, options),
      row: (unitId) => (list && list.byId(unitId) ? list.byId(unitId).el.row : null),
      selectedText: () => unitEditor.textarea.value.slice(unitEditor.textarea.selectionStart, unitEditor.textarea.selectionEnd),
    },
  });
  const actions = unitActions({
    api, documentId, language, saver,
    list: () => list, reload: (keep) => reload(keep), notice, focusEditor: () => active && unitEditor.focus(),
    onUnitChanged: (entry) => { list.refresh(entry); panels.emit('saved', entry.state.unit); if (entry === active) panels.emit('active', activeDetail()); },
  });

  // ---- the state of units, shown ----

  function changed(entry) {
    list.refresh(entry);
    if (entry === active) unitEditor.show(text(entry.state));
    if (entry.state.phase === 'failed') {
      notice(entry, `Not saved: ${entry.state.error}. It is retried on your next edit or Ctrl+Enter.`);
    }
    refreshPageStatus();
    panels.emit('changed', { unit: entry.state.unit, text: text(entry.state) });
  }

  function refreshPageStatus() {
    setPageStatus(pageStatus(list ? list.entries().map((entry) => entry.state.phase) : []));
  }

  function notice(entry, message, ...extra) {
    if (entry) entry.el.notice.replaceChildren(...(message ? [h('span', {}, message), ...extra] : []));
  }

  function activeDetail() {
    if (!active) return null;
    return { unit: active.state.unit, sourceText: active.sourceText, label: active.label, text: text(active.state) };
  }

  // ---- moving around ----

  function activate(entry, { focus = true, scroll = true } = {}) {
    if (!entry) return;
    if (active && active !== entry) leave(active);
    if (active !== entry) entry.state = { ...entry.state, entered: { target: entry.state.unit.target, status: entry.state.unit.status } };
    active = entry;
    entry.el.row.classList.add('active');
    entry.el.targetText.hidden = true;
    const entries = list.entries();
    const next = entries[entry.index + 1];
    unitEditor.attach(entry, text(entry.state), {
      split: entry.state.unit.sources.length > 1,
      merge: Boolean(next) && !next.blockStart,
    });
    if (scroll) entry.el.row.scrollIntoView({ block: 'nearest' });
    if (focus) unitEditor.focus({ preventScroll: !scroll });
    panels.emit('active', activeDetail());
  }

  function leave(entry) {
    entry.el.row.classList.remove('active');
    entry.el.targetText.hidden = false;
    if (entry.state.draft !== null && entry.state.phase !== 'conflict') saver.save(entry);
    list.refresh(entry);
  }

  function deactivate() {
    if (!active) return;
    leave(active);
    unitEditor.detach();
    active = null;
    panels.emit('active', null);
  }

  function jump(number) {
    const entry = list.bySegment(number);
    if (!entry) {
      banner.textContent = `There is no segment ${number}; the document has ${list.entries().at(-1).last}.`;
      return;
    }
    if (!list.visible(entry)) {
      toolbar.reset();
      search.cancel();
      applyFilter({ status: 'all', hits: null });
    }
    activate(entry);
  }

  function applyFilter(next, note = '') {
    const shown = list.applyFilter(next);
    toolbar.showCount(shown, list.entries().length, note);
    // The editor never stays on a row the filter hides: it moves to the nearest shown row, leaving
    // the focus where the translator is (the filter or the search field).
    if (active && !list.visible(active)) {
      const nearest = list.nearestShown(active);
      if (nearest) activate(nearest, { focus: false });
      else deactivate();
    }
  }

  // ---- actions ----

  function typed(value) {
    if (!active) return;
    if (active.state.phase === 'failed') notice(active, '');
    saver.typed(active, value);
  }

  function insertText(value) {
    if (!active) return;
    const area = unitEditor.textarea;
    area.setRangeText(value, area.selectionStart, area.selectionEnd, 'end');
    typed(area.value);
    unitEditor.focus();
  }

  function copySource() {
    if (!active) return;
    const source = tokened(active.sourceText, active.state.unit.sourceCodes);
    unitEditor.textarea.value = source;
    typed(source);
  }

  function nextTag() {
    if (!active) return;
    const area = unitEditor.textarea;
    const next = insertNextTag(area.value, area.selectionStart, area.selectionEnd, active.state.unit.sourceCodes);
    if (!next) {
      notice(active, (active.state.unit.sourceCodes || []).length ? 'Every tag of the source is in the translation.' : 'The source has no tags.');
      return;
    }
    area.value = next.value;
    area.setSelectionRange(next.caret, next.caret);
    typed(next.value);
  }

  async function confirm(status) {
    if (!active) return;
    const entry = active;
    if (text(entry.state).trim() === '') {
      notice(entry, 'Nothing to confirm: the translation is empty.');
      return;
    }
    const tagProblems = codeProblems(text(entry.state), entry.state.unit.sourceCodes).problems;
    if (tagProblems.length) {
      notice(entry, `Not confirmed: ${tagProblems.join(' ')}`);
      return;
    }
    // The last save's QA findings hold for the text as it is: errors among them are asked about first.
    const errors = entry.state.unit.target === text(entry.state) ? qaErrors(entry.state.unit) : [];
    if (errors.length && !(await confirmDialog({ title: `Confirm with ${errors.length} QA ${errors.length === 1 ? 'error' : 'errors'}?`,
      message: errors.map((finding) => finding.message).join(' '), confirmLabel: 'Confirm anyway' }))) {
      return;
    }
    saver.save(entry, status);
    // Someone else's save is known already: stay for the conflict the save will show.
    if (!entry.state.remote) activate(list.nextToDo(entry));
  }

  function qaErrors(unit) {
    return (unit.findings || []).filter((finding) => finding.severity === 'error' && !finding.ignoredReason);
  }

  /** After a confirmation the QA could not see first (typed and confirmed at once), say what it found. */
  function confirmedWithErrors(unit) {
    const errors = unit.status === 'initial' ? [] : qaErrors(unit);
    return errors.length ? `⚠ Confirmed with ${errors.length} QA ${errors.length === 1 ? 'error' : 'errors'}: ${errors[0].message}` : '';
  }

  function jumpToUnit(unitId, { focus = true } = {}) {
    const entry = list && list.byId(unitId);
    if (!entry) return;
    if (!list.visible(entry)) {
      toolbar.reset();
      applyFilter({ status: 'all', query: '' });
    }
    activate(entry, { focus });
  }

  async function toDraft() {
    const entry = active;
    if (!entry || entry.state.unit.status === 'initial') return;
    await saver.save(entry, 'initial');
    if (entry.state.phase === 'saved') notice(entry, 'Back to draft: confirm again with Ctrl+Enter when it is ready.');
  }

  async function revert(entry) {
    if (!entry) return;
    const effect = await saver.revert(entry);
    if (effect === 'dropped') notice(entry, 'Reverted to the text it had when you came to it.');
    if (effect === 'save' && entry.state.phase === 'saved') {
      notice(entry, 'Reverted to the text it had when you came to it (saved as a new revision).');
    }
  }

  function runAction(id) {
    const handlers = {
      confirm: () => confirm(reviewMode ? 'reviewed' : 'translated'),
      final: () => confirm('final'),
      draft: () => toDraft(),
      next: () => activate(list.step(active, 1)),
      previous: () => activate(list.step(active, -1)),
      'copy-source': () => copySource(),
      'next-tag': () => nextTag(),
      revert: () => revert(active),
      merge: () => actions.merge(active),
      split: () => actions.split(active),
      history: () => actions.showHistory(active),
      'review-mode': () => toolbar.toggleReview(),
      search: () => toolbar.focusSearch(),
      replace: () => toolbar.focusReplace(),
      jump: () => toolbar.focusJump(),
      shortcuts: () => shortcutSheet(SHORTCUTS),
    };
    if (handlers[id]) handlers[id]();
    else panels.runShortcut(id);
  }

  // ---- loading and rendering ----

  function renderUnits(units, keep) {
    const keptEntered = keep && list.byId(keep) ? list.byId(keep).state.entered : null;
    active = null;
    const entries = list.render(units);
    for (const entry of entries) if (entry.state.draft !== null) saver.schedule(entry);
    applyFilter({});
    const start = list.byId(keep) || entries.find((entry) => ['empty', 'draft'].includes(entry.el.row.dataset.status)) || entries[0];
    activate(start, { scroll: Boolean(keep) });
    if (keptEntered && active) active.state = { ...active.state, entered: keptEntered };
    refreshPageStatus();
    panels.emit('reloaded', units);
  }

  async function reload(keep, message) {
    const translation = await api.translation(documentId, language);
    if (unmounted) return;
    renderUnits(translation.units, keep);
    if (message) banner.textContent = message;
  }

  function render(doc, units) {
    if (list) list.stop();
    list = createUnitList({ doc, language, targetDir });
    clear(element);
    element.append(
      languageDatalist(h, 'common-languages'),
      h('div', { class: 'editor-header' },
        h('h1', { lang: doc.sourceLanguage, dir: 'auto', title: doc.title || doc.id }, doc.title || doc.id),
        h('p', { class: 'meta' }, `${doc.sourceLanguage} → ${language} · ${doc.segments.length} segments`),
        nameButton()),
      h('div', { class: 'editor-bars' }, toolSlot, toolbar.element),
      banner,
      previewSlot,
      h('div', { class: 'editor-body' }, list.element, sideSlot));
    for (const panel of toolbarPanels) panels.register(panel, toolSlot);
    for (const panel of sidePanels) panels.register(panel, sideSlot, { className: 'side-panel', tag: 'section' });
    renderUnits(units, null);
  }

  function nameButton() {
    const label = h('span', { class: 'translator-name' }, translatorName() || 'not set');
    return h('p', { class: 'translator' }, 'Translator: ', label, ' ',
      h('button', { type: 'button', class: 'secondary', id: 'change-name', onclick: async () => {
        label.textContent = (await askName()) || 'not set';
      } }, 'Change name'));
  }

  // ---- keyboard ----

  function onKey(event) {
    if (document.querySelector('dialog[open]')) return;
    const target = event.target;
    const where = target === unitEditor.textarea ? 'editor'
      : target instanceof HTMLElement && target.matches('input, textarea, select') ? 'field' : 'page';
    const shortcut = shortcutFor(event, where);
    if (!shortcut) return;
    event.preventDefault();
    runAction(shortcut.id);
  }

  function onRowClick(event) {
    if (event.target.closest('button, a, textarea, input, select, .history, .conflict')) return;
    const row = event.target.closest('li.unit');
    if (row && list) activate(list.entryOf(row), { scroll: false });
  }

  function warnBeforeLeaving(event) {
    if (list && list.entries().some((entry) => entry.state.phase !== 'saved')) {
      event.preventDefault();
      event.returnValue = '';
    }
  }

  element.addEventListener('click', onRowClick);
  document.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', warnBeforeLeaving);

  async function load() {
    try {
      const [documentJson, translation] = await Promise.all([api.document(documentId), api.translation(documentId, language)]);
      if (unmounted) return;
      render(documentJson.document, translation.units);
      requestAnimationFrame(() => performance.mark('tandem:interactive'));
      live.listen();
      if (!translatorName()) {
        await askName();
        element.querySelector('.translator-name').textContent = translatorName() || 'not set';
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
      live.stop();
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', warnBeforeLeaving);
      panels.unmountAll();
      search.stop();
      if (list) list.stop();
      if (list) for (const entry of list.entries()) if (entry.state.draft !== null && entry.state.phase !== 'conflict') saver.save(entry);
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
