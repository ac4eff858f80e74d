// The editor view: source sentences beside editable targets, saved as you type.
import { h, clear } from './dom.js';
import { editorPanels } from './panels.js';

const SAVE_DELAY_MS = 600;
const NAME_KEY = 'tandem.translator';

export function mount(element, { api, documentId, language, setPageStatus }) {
  let doc = null;
  let units = [];
  const rows = new Map(); // unit id -> { unit, textarea, state, timer }

  if (!language) {
    return chooseLanguage(element, documentId);
  }

  function translatorName() {
    return localStorage.getItem(NAME_KEY) || '';
  }

  function setUnitState(row, state, detail) {
    row.state = state;
    row.stateLabel.textContent = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved', failed: 'Not saved', conflict: 'Conflict' }[state] || '';
    row.stateLabel.title = detail || '';
    row.element.dataset.state = state;
    refreshPageStatus();
  }

  function refreshPageStatus() {
    const states = [...rows.values()].map((row) => row.state);
    if (states.includes('failed') || states.includes('conflict')) setPageStatus('Some changes are not saved');
    else if (states.includes('saving') || states.includes('unsaved')) setPageStatus('Saving…');
    else setPageStatus('All changes saved');
  }

  async function save(row) {
    clearTimeout(row.timer);
    row.timer = null;
    const target = row.textarea.value;
    if (target === row.unit.target) {
      if (row.state === 'unsaved') setUnitState(row, 'saved');
      return;
    }
    setUnitState(row, 'saving');
    const status = target.trim() === '' ? 'initial' : (row.unit.status === 'initial' ? 'translated' : row.unit.status);
    try {
      const saved = await api.saveUnit(documentId, language, row.unit.id,
        { baseRev: row.unit.rev, target, status, by: translatorName() || null });
      row.unit = saved;
      renderStatus(row);
      window.dispatchEvent(new CustomEvent('tandem:unit-saved', { detail: { documentId, language, unit: saved } }));
      setUnitState(row, row.textarea.value === saved.target ? 'saved' : 'unsaved');
      if (row.state === 'unsaved') schedule(row);
    } catch (error) {
      setUnitState(row, error.status === 409 ? 'conflict' : 'failed', error.message);
    }
  }

  function schedule(row) {
    clearTimeout(row.timer);
    setUnitState(row, 'unsaved');
    row.timer = setTimeout(() => save(row), SAVE_DELAY_MS);
  }

  function renderStatus(row) {
    row.statusLabel.textContent = row.unit.sourceChanged ? `${row.unit.status} · source changed` : row.unit.status;
    row.element.dataset.status = row.unit.status;
  }

  function unitRow(unit, number, blockType, textOf) {
    const sourceText = unit.sources.map(textOf).join(' ');
    const textareaId = `target-${unit.id}`;
    const textarea = h('textarea', { id: textareaId, rows: 2, lang: language, dir: 'auto', spellcheck: 'true' });
    textarea.value = unit.target;
    const row = {
      unit, textarea, state: 'saved', timer: null,
      statusLabel: h('span', { class: 'unit-status' }),
      stateLabel: h('span', { class: 'save-state', 'aria-live': 'polite' }),
    };
    row.element = h('li', { class: `unit block-${blockType}`, dataset: { unit: unit.id } },
      h('span', { class: 'unit-number', 'aria-hidden': 'true' }, String(number)),
      h('div', { class: 'source', lang: doc.sourceLanguage, dir: 'auto' }, sourceText),
      h('div', { class: 'target' },
        h('label', { class: 'visually-hidden', for: textareaId }, `Translation of segment ${number}`),
        textarea,
        h('div', { class: 'unit-meta' }, row.statusLabel, row.stateLabel)));
    textarea.addEventListener('input', () => schedule(row));
    textarea.addEventListener('blur', () => { if (row.timer || row.state === 'unsaved') save(row); });
    renderStatus(row);
    rows.set(unit.id, row);
    return row.element;
  }

  function nameField() {
    const input = h('input', { id: 'translator-name', size: 16, autocomplete: 'name', placeholder: 'Your name' });
    input.value = translatorName();
    input.addEventListener('change', () => localStorage.setItem(NAME_KEY, input.value.trim()));
    return h('label', { class: 'translator' }, 'Translator ', input);
  }

  const tools = h('div', { class: 'editor-tools' });
  const mountedPanels = [];

  function render() {
    clear(element);
    mountedPanels.splice(0).forEach((panel) => panel && panel.unmount && panel.unmount());
    clear(tools);
    const textOf = new Map(doc.segments.map((segment) => [segment.id, segment.text]));
    const blockOf = new Map(doc.segments.map((segment) => [segment.id, doc.blocks[segment.block].type]));
    element.append(
      h('div', { class: 'editor-header' },
        h('h1', {}, doc.title || doc.id),
        h('p', { class: 'meta' }, `${doc.sourceLanguage} → ${language} · ${units.length} units`),
        nameField(),
        tools),
      h('ol', { class: 'units', 'aria-label': 'Segments' },
        units.map((unit, index) => unitRow(unit, index + 1, blockOf.get(unit.sources[0]) || 'paragraph', (id) => textOf.get(id) || ''))));
    for (const panel of editorPanels) {
      const slot = h('div', { class: 'editor-panel' });
      tools.append(slot);
      mountedPanels.push(panel.mount(slot, { api, documentId, language, editor: element }));
    }
    refreshPageStatus();
  }

  function warnBeforeLeaving(event) {
    if ([...rows.values()].some((row) => row.state !== 'saved')) {
      event.preventDefault();
      event.returnValue = '';
    }
  }

  async function load() {
    try {
      const [documentJson, translation] = await Promise.all([api.document(documentId), api.translation(documentId, language)]);
      doc = documentJson.document;
      units = translation.units;
      render();
    } catch (error) {
      clear(element);
      element.append(h('p', { class: 'error', role: 'alert' }, error.message), h('p', {}, h('a', { href: '#/' }, 'Back to documents')));
    }
  }

  window.addEventListener('beforeunload', warnBeforeLeaving);
  load();
  return {
    unmount() {
      window.removeEventListener('beforeunload', warnBeforeLeaving);
      mountedPanels.forEach((panel) => panel && panel.unmount && panel.unmount());
      for (const row of rows.values()) if (row.timer) save(row);
      setPageStatus('');
    },
  };
}

function chooseLanguage(element, documentId) {
  const input = h('input', { id: 'target-language', required: true, size: 8, placeholder: 'fr' });
  clear(element);
  element.append(h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/doc/${encodeURIComponent(documentId)}/${encodeURIComponent(input.value.trim())}`;
  } }, h('label', { for: 'target-language' }, 'Translate into (BCP 47, e.g. fr, ja, pt-BR) '), input, h('button', { type: 'submit' }, 'Open')));
  input.focus();
  return { unmount() {} };
}
