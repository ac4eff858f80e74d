// Side panel: the glossary terms found in the active unit's source (inflected forms too), with
// their translations, status and notes; Alt+Shift+1…9 insert a translation at the cursor, the terms
// are marked in the source, and Alt+G adds the text selected in the source and in the translation
// as a new term; Edit (Alt+Shift+G for the first term) changes a term's translation, status and
// note, or deletes it. User text goes in as text nodes only.
import { h } from './dom.js';
import { keysOf } from './shortcuts.js';
import { termEditForm } from './term-edit.js';

const SHORTCUT_COUNT = 9;

export function mount(element, { api, documentId, language, editor }) {
  let mounted = true;
  let current = null;
  let hints = [];
  let latest = 0;
  let sourceSelection = '';
  let editing = null;
  const list = h('ol', { class: 'term-list' });
  const status = h('p', { class: 'panel-status', role: 'status' });
  element.classList.add('terms-panel');
  element.append(h('h2', {}, 'Glossary'), list, status,
    h('p', { class: 'panel-help' }, h('kbd', {}, 'Alt+Shift+1…9'), ' insert · ', h('kbd', {}, keysOf('add-term')),
      ' add the selected source and target text as a term · ', h('kbd', {}, keysOf('edit-term')), ' edit the first term'));

  async function show(detail) {
    const unitId = detail ? detail.unit.id : null;
    if (current && current.unit.id === unitId) {
      current = detail;
      mark();
      return;
    }
    current = detail;
    sourceSelection = '';
    editing = null;
    hints = [];
    render();
    if (!detail) return;
    const request = ++latest;
    try {
      const answer = await api.unitTerms(documentId, language, unitId);
      if (!mounted || request !== latest) return;
      hints = answer.terms;
      render();
    } catch (error) {
      if (mounted && request === latest) status.textContent = `Glossary: ${error.message}`;
    }
  }

  function usable() {
    return hints.filter((hint) => hint.term.status !== 'forbidden');
  }

  function render() {
    status.textContent = current && hints.length === 0 ? 'No glossary terms in this segment.' : '';
    const numbered = usable();
    list.replaceChildren(...hints.map((hint) => {
      const { term } = hint;
      if (editing && editing.id === term.id) return h('li', { class: 'term term-editing', dataset: { term: term.id } }, editing.form.element);
      const number = numbered.indexOf(hint) + 1;
      const keys = number > 0 && number <= SHORTCUT_COUNT ? keysOf(`term-${number}`) : null;
      return h('li', { class: `term term-${term.status}`, dataset: { term: term.id } },
        h('span', { class: 'term-source' }, hint.text), ' → ',
        term.status === 'forbidden'
          ? h('span', { class: 'term-target forbidden', title: 'Forbidden: do not use' }, `✗ ${term.target}`)
          : h('button', { type: 'button', class: 'term-target link-button', title: keys ? `Insert (${keys})` : 'Insert',
            onclick: () => insert(hint) }, term.target),
        keys ? h('kbd', { class: 'term-key' }, keys) : null,
        h('span', { class: 'term-badge' }, term.partOfSpeech ? `${term.status} · ${term.partOfSpeech}` : term.status),
        h('button', { type: 'button', class: 'term-edit-button link-button', title: `Edit or delete this term`,
          'aria-label': `Edit ${term.source} → ${term.target}`, onclick: () => edit(term) }, 'Edit'),
        term.note ? h('p', { class: 'term-note' }, term.note) : null);
    }));
    mark();
    if (editing) editing.form.focus();
  }

  function edit(term) {
    if (!term) {
      status.textContent = 'No glossary terms in this segment to edit.';
      return;
    }
    const form = termEditForm(term, {
      save: async (changes) => {
        const saved = await api.updateTerm(term.id, changes);
        await reload(`Changed in the glossary: ${saved.source} → ${saved.target} (${saved.status})`);
      },
      remove: async () => {
        await api.deleteTerm(term.id);
        await reload(`Deleted from the glossary: ${term.source} → ${term.target}`);
      },
      close: () => {
        editing = null;
        render();
      },
    });
    editing = { id: term.id, form };
    render();
  }

  /** Asks for the unit's terms again after the glossary changed, then says what changed. */
  async function reload(message) {
    const unit = current;
    current = null;
    await show(unit);
    status.textContent = message;
  }

  /** Marks the terms in the active row's source (the row redraws its text on each change, so again each time). */
  function mark() {
    const row = current && editor.row(current.unit.id);
    const source = row && row.querySelector('.source');
    if (!source || !hints.length) return;
    const text = current.sourceText;
    const nodes = [];
    let from = 0;
    for (const hint of hints) {
      if (hint.start < from || hint.end > text.length) continue;
      if (hint.start > from) nodes.push(document.createTextNode(text.slice(from, hint.start)));
      nodes.push(h('mark', { class: `term-mark term-${hint.term.status}` }, text.slice(hint.start, hint.end)));
      from = hint.end;
    }
    nodes.push(document.createTextNode(text.slice(from)));
    source.replaceChildren(...nodes);
  }

  function insert(hint) {
    if (hint) editor.insert(hint.term.target);
  }

  // Selecting the translation moves the page's selection into the text field, so the source
  // selection is remembered as it is made.
  function onSelection() {
    const row = current && editor.row(current.unit.id);
    const source = row && row.querySelector('.source');
    const selection = document.getSelection();
    if (source && selection && selection.rangeCount && source.contains(selection.anchorNode) && selection.toString().trim()) {
      sourceSelection = selection.toString().trim();
    }
  }

  async function addSelected() {
    const target = editor.selectedText().trim();
    if (!current || !sourceSelection || !target) {
      status.textContent = `Select the term in the source, then its translation in your text, then press ${keysOf('add-term')}.`;
      return;
    }
    try {
      const term = await api.addTerm({ from: editor.row(current.unit.id).querySelector('.source').lang, to: language,
        source: sourceSelection, target, status: 'preferred' });
      await reload(`Added to the glossary: ${term.source} → ${term.target}`);
    } catch (error) {
      status.textContent = `Not added: ${error.message}`;
    }
  }

  const offs = [
    editor.on('active', show),
    editor.on('changed', () => mark()),
    editor.on('saved', () => mark()),
    editor.onShortcut('add-term', addSelected),
    editor.onShortcut('edit-term', () => edit(hints.length ? hints[0].term : null)),
    ...Array.from({ length: SHORTCUT_COUNT }, (_, i) => editor.onShortcut(`term-${i + 1}`, () => insert(usable()[i]))),
  ];
  document.addEventListener('selectionchange', onSelection);
  show(editor.active());
  return {
    unmount() {
      mounted = false;
      offs.forEach((off) => off());
      document.removeEventListener('selectionchange', onSelection);
    },
  };
}
