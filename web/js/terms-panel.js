// The glossary panel: the terms found in the active unit's source (inflected forms too), their
// translations, a shortcut to insert each (Alt+1…Alt+9), the terms marked in the source, and a term
// added from the selected source and target text (Alt+G). User text goes in as text nodes only.
import { h } from './dom.js';
import { editorBridge } from './editor-bridge.js';

const MAX_SHORTCUTS = 9;

export function mount(element, { api, documentId, language, editor: editorElement }) {
  const editor = editorBridge(editorElement);
  let mounted = true;
  let unitId = null;
  let hints = [];
  let latest = 0;
  const list = h('ol', { class: 'term-list', 'aria-live': 'polite' });
  const status = h('p', { class: 'term-status', role: 'status' });
  const help = h('p', { class: 'panel-help' },
    h('kbd', {}, 'Alt+1'), '…', h('kbd', {}, 'Alt+9'), ' insert a translation · ',
    h('kbd', {}, 'Alt+G'), ' add the selected source and target text as a term');
  element.classList.add('terms-panel');
  element.replaceChildren(h('h2', {}, 'Glossary'), list, status, help);

  async function show(id) {
    unitId = id;
    const request = ++latest;
    if (!id) {
      hints = [];
      render();
      return;
    }
    try {
      const answer = await api.unitTerms(documentId, language, id);
      if (!mounted || request !== latest) return;
      hints = answer.terms;
      render();
    } catch (error) {
      if (mounted && request === latest) status.textContent = `Glossary: ${error.message}`;
    }
  }

  function render() {
    status.textContent = unitId && hints.length === 0 ? 'No glossary terms in this segment.' : '';
    list.replaceChildren(...hints.map((hint, index) => {
      const { term } = hint;
      const shortcut = index < MAX_SHORTCUTS ? `Alt+${index + 1}` : '';
      return h('li', { class: `term term-${term.status}`, dataset: { term: term.id } },
        h('span', { class: 'term-source' }, hint.text),
        h('span', { class: 'term-arrow', 'aria-hidden': 'true' }, ' → '),
        term.status === 'forbidden'
          ? h('span', { class: 'term-target forbidden', title: 'Forbidden: do not use' }, `✗ ${term.target}`)
          : h('button', { type: 'button', class: 'term-target link-button', title: `Insert (${shortcut})`,
            onclick: () => insert(hint) }, term.target),
        term.partOfSpeech ? h('span', { class: 'term-pos' }, ` ${term.partOfSpeech}`) : null,
        h('span', { class: 'term-badge' }, term.status),
        shortcut && term.status !== 'forbidden' ? h('kbd', { class: 'term-key' }, shortcut) : null,
        term.note ? h('p', { class: 'term-note' }, term.note) : null);
    }));
    editor.markSource(unitId, hints.map((hint) => ({ start: hint.start, end: hint.end, className: `term-mark term-${hint.term.status}` })));
  }

  function insert(hint) {
    if (hint && hint.term.status !== 'forbidden') editor.insertText(hint.term.target);
  }

  async function addSelected() {
    const source = editor.selectedSource().trim();
    const target = editor.selectedTarget().trim();
    if (!source || !target) {
      status.textContent = 'Select the term in the source, then its translation in your target, then press Alt+G.';
      return;
    }
    try {
      const term = await api.addTerm({ from: editor.sourceLanguage(), to: language, source, target, status: 'preferred' });
      status.textContent = `Added to the glossary: ${term.source} → ${term.target}`;
      show(unitId);
    } catch (error) {
      status.textContent = `Not added: ${error.message}`;
    }
  }

  function onKey(event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (digit) {
      event.preventDefault();
      insert(hints.filter((hint) => hint.term.status !== 'forbidden')[Number(digit[1]) - 1]);
    } else if (event.code === 'KeyG') {
      event.preventDefault();
      addSelected();
    }
  }

  const stopActive = editor.onActiveUnit((id) => show(id));
  document.addEventListener('keydown', onKey);
  return {
    unmount() {
      mounted = false;
      editor.close();
      stopActive();
      document.removeEventListener('keydown', onKey);
    },
  };
}
