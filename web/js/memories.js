// The reference memories view: the TMX files (from OmegaT, Okapi, Trados…) whose pairs the editor
// offers as matches beside the store's own translations; adding one with an optional penalty, and
// removing one. Adding and removing need an administrator on a server with sign-in.
import { h, show } from './dom.js';
import { languageDatalist } from './languages.js';
import { confirmDialog } from './dialogs.js';

export function mount(element, { api, setPageStatus }) {
  let state = { memories: null, message: null, error: null };
  let unmounted = false;

  const file = h('input', { type: 'file', name: 'file', id: 'memory-file', accept: '.tmx', required: true });
  const penalty = h('input', { type: 'number', name: 'penalty', id: 'memory-penalty', min: 0, max: 100, step: 1, value: 0, size: 4 });
  const from = h('input', { name: 'from', id: 'memory-from', list: 'memory-languages', size: 12, placeholder: 'from the file' });
  const to = h('input', { name: 'to', id: 'memory-to', list: 'memory-languages', size: 12, placeholder: 'from the file' });
  const addForm = h('form', { class: 'memory-add', onsubmit: add },
    h('h2', {}, 'Add a TMX file'),
    h('p', { class: 'hint' }, 'TMX 1.4b as OmegaT, Okapi Rainbow, Trados and translate-toolkit write it. ',
      'A file of the same name replaces the one added before.'),
    h('p', {}, h('label', { for: 'memory-file' }, 'File '), file),
    h('p', { class: 'memory-fields' },
      h('span', {}, h('label', { for: 'memory-penalty' }, 'Penalty (points off every match)'), penalty),
      h('span', {}, h('label', { for: 'memory-from' }, 'Source language'), from),
      h('span', {}, h('label', { for: 'memory-to' }, 'Target language'), to)),
    h('button', { type: 'submit', id: 'memory-add-button' }, 'Add memory'));

  function update(next) {
    state = { ...state, ...next };
    if (!unmounted) render();
  }

  async function load() {
    try {
      const body = await api.referenceMemories();
      update({ memories: body.memories });
    } catch (error) {
      update({ error: error.message });
    }
  }

  async function add(event) {
    event.preventDefault();
    const data = new FormData(addForm);
    for (const field of ['from', 'to']) if (!String(data.get(field) || '').trim()) data.delete(field);
    setPageStatus('Reading the memory…');
    try {
      const added = await api.addReferenceMemory(data);
      addForm.reset();
      update({ message: `Added ${added.name}: ${added.units} pairs, ${added.sourceLanguage} → ${added.targetLanguage}`
        + `${added.penalty ? `, penalty ${added.penalty}` : ''}.`, error: null });
      await load();
    } catch (error) {
      update({ error: `Not added: ${error.message}`, message: null });
    }
    setPageStatus('');
  }

  async function remove(memory) {
    const sure = await confirmDialog({ title: `Remove ${memory.name}?`, confirmLabel: 'Remove memory',
      message: `Its ${memory.units} pairs are no longer offered as matches. The store's own translations stay in the memory.` });
    if (!sure) return;
    try {
      await api.removeReferenceMemory(memory.name);
      update({ message: `Removed ${memory.name}.`, error: null });
      await load();
    } catch (error) {
      update({ error: `Not removed: ${error.message}`, message: null });
    }
  }

  function row(memory) {
    return h('tr', { dataset: { name: memory.name } },
      h('th', { scope: 'row' }, memory.name),
      h('td', {}, `${memory.sourceLanguage} → ${memory.targetLanguage}`),
      h('td', { class: 'number' }, memory.units),
      h('td', { class: 'number' }, memory.penalty),
      h('td', {}, memory.added ? String(memory.added).slice(0, 10) : ''),
      h('td', {}, h('button', { type: 'button', class: 'secondary remove-memory', 'aria-label': `Remove ${memory.name}`,
        onclick: () => remove(memory) }, 'Remove…')));
  }

  function list() {
    if (!state.memories) return h('p', {}, 'Loading…');
    if (!state.memories.length) return h('p', { class: 'memory-none' }, 'No reference memories yet.');
    return h('table', { class: 'rules memory-list' },
      h('caption', { class: 'visually-hidden' }, 'Reference memories'),
      h('thead', {}, h('tr', {}, ['Name', 'Languages', 'Pairs', 'Penalty', 'Added', ''].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, state.memories.map(row)));
  }

  function render() {
    show(element,
      languageDatalist(h, 'memory-languages'),
      h('h1', {}, 'Translation memories'),
      h('p', {}, 'Every unit translated in this store is in the memory already, current after each save. ',
        'Reference memories add the work of other tools: their pairs are offered in the editor’s Translation memory panel ',
        'and by pre-translation, each match showing the file, the translator and the date the file gives.'),
      state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null,
      state.message ? h('p', { class: 'notice', role: 'status' }, state.message) : null,
      h('section', {}, h('h2', {}, 'Reference memories'), list()),
      addForm);
  }

  render();
  load();
  return { unmount() { unmounted = true; } };
}
