// The form that changes one glossary term from the glossary panel: its translation, status and
// note; Enter (Ctrl+Enter in the note) saves, Esc cancels, Delete asks first. The source side and
// the language pair stay (delete the term and add it again to change those). Text as text only.
import { h } from './dom.js';
import { confirmDialog } from './dialogs.js';

const STATUSES = ['preferred', 'admitted', 'forbidden'];

/** A form for `term`; `save(changes)` and `remove()` return promises, `close()` puts the row back. */
export function termEditForm(term, { save, remove, close }) {
  const target = h('input', { type: 'text', class: 'term-edit-target', value: term.target, maxlength: '500',
    'aria-label': `Translation of ${term.source}` });
  const status = h('select', { class: 'term-edit-status', 'aria-label': 'Status' },
    STATUSES.map((value) => h('option', { value, selected: value === term.status }, value)));
  const note = h('textarea', { class: 'term-edit-note', rows: '2', maxlength: '2000', 'aria-label': 'Note' });
  note.value = term.note || '';
  const message = h('p', { class: 'term-edit-message', role: 'status' });

  async function submit() {
    message.textContent = 'Saving…';
    try {
      await save({ target: target.value, status: status.value, note: note.value });
    } catch (error) {
      message.textContent = `Not changed: ${error.message}`;
    }
  }

  async function deleteTerm() {
    const sure = await confirmDialog({ title: 'Delete this term?',
      message: `“${term.source}” → “${term.target}” leaves the glossary for every document.`, confirmLabel: 'Delete' });
    if (!sure) return;
    try {
      await remove();
    } catch (error) {
      message.textContent = `Not deleted: ${error.message}`;
    }
  }

  const form = h('form', { class: 'term-edit', dataset: { term: term.id },
    onsubmit: (event) => { event.preventDefault(); submit(); },
    onkeydown: (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        event.stopPropagation();
        submit();
      }
    } },
  h('label', {}, h('span', { class: 'term-source' }, term.source), ' → ', target),
  h('label', {}, 'Status ', status),
  h('label', { class: 'term-edit-note-label' }, 'Note ', note),
  h('div', { class: 'term-edit-actions' },
    h('button', { type: 'submit' }, 'Save ', h('kbd', {}, 'Enter')),
    h('button', { type: 'button', onclick: close }, 'Cancel ', h('kbd', {}, 'Esc')),
    h('button', { type: 'button', class: 'danger', onclick: deleteTerm }, 'Delete…')),
  message);
  return { element: form, focus: () => { target.focus(); target.select(); } };
}
