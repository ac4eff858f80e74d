// Side panel: the active unit's note (editable) and its comments (who, when; add, resolve).
// It talks to the editor only through the panel context (panel-host.js).
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';

const when = (instant) => (instant ? new Date(instant).toLocaleString() : '');

export function mount(element, { editor }) {
  let current = null;
  const heading = h('h2', {}, 'Unit');
  const note = h('textarea', { id: 'unit-note', rows: 2, 'aria-keyshortcuts': ariaKeysOf('note') });
  const noteButton = h('button', { type: 'button', class: 'secondary save-note', onclick: () => saveNote() }, 'Save note');
  const noteStatus = h('p', { class: 'panel-status', role: 'status' });
  const list = h('ol', { class: 'comments' });
  const commentsHeading = h('h3', {}, 'Comments');
  const comment = h('textarea', { id: 'comment-text', rows: 2, 'aria-keyshortcuts': ariaKeysOf('comment') });
  const commentStatus = h('p', { class: 'panel-status', role: 'status' });
  const form = h('form', { class: 'comment-form', onsubmit: (event) => { event.preventDefault(); addComment(); } },
    h('label', { for: 'comment-text' }, 'New comment ', h('kbd', {}, keysOf('comment'))), comment,
    h('button', { type: 'submit', class: 'secondary add-comment' }, 'Add comment'));

  element.classList.add('unit-details');
  element.append(heading,
    h('label', { for: 'unit-note' }, 'Note ', h('kbd', {}, keysOf('note'))), note, noteButton, noteStatus,
    commentsHeading, list, form, commentStatus);

  function show(detail) {
    const changedUnit = !current || !detail || current.unit.id !== detail.unit.id;
    current = detail;
    element.hidden = !detail;
    if (!detail) return;
    heading.textContent = `Segment ${detail.label}`;
    if (changedUnit) {
      note.value = detail.unit.note || '';
      noteStatus.textContent = '';
      commentStatus.textContent = '';
    }
    const comments = detail.unit.comments || [];
    const open = comments.filter((item) => !item.resolved).length;
    commentsHeading.textContent = comments.length ? `Comments (${open} open of ${comments.length})` : 'Comments (none yet)';
    list.replaceChildren(...comments.map((item) => h('li', { class: `comment${item.resolved ? ' resolved' : ''}`, dataset: { id: item.id } },
      h('p', { class: 'comment-meta' }, `${item.by || 'someone'} · ${when(item.created)}${item.resolved ? ` · resolved by ${item.resolvedBy || 'someone'}` : ''}`),
      h('p', { class: 'comment-text' }, item.text),
      item.resolved ? null : h('button', { type: 'button', class: 'secondary resolve-comment', onclick: () => resolve(item) }, 'Resolve'))));
  }

  async function saveNote() {
    if (!current) return;
    noteStatus.textContent = 'Saving the note…';
    try {
      await editor.saveNote(current.unit.id, note.value);
      noteStatus.textContent = 'Note saved.';
    } catch (error) {
      noteStatus.textContent = `Note not saved: ${error.message}`;
    }
  }

  async function addComment() {
    if (!current || !comment.value.trim()) return;
    commentStatus.textContent = 'Adding…';
    try {
      await editor.addComment(current.unit.id, comment.value.trim());
      comment.value = '';
      commentStatus.textContent = 'Comment added.';
    } catch (error) {
      commentStatus.textContent = `Comment not added: ${error.message}`;
    }
  }

  async function resolve(item) {
    try {
      await editor.resolveComment(current.unit.id, item.id);
      commentStatus.textContent = 'Comment resolved.';
    } catch (error) {
      commentStatus.textContent = `Not resolved: ${error.message}`;
    }
  }

  const offs = [
    editor.on('active', show),
    editor.on('saved', (unit) => { if (current && unit.id === current.unit.id) show({ ...current, unit }); }),
    editor.onShortcut('note', () => { note.focus(); note.select(); }),
    editor.onShortcut('comment', () => comment.focus()),
  ];
  show(editor.active());
  return { unmount() { offs.forEach((off) => off()); } };
}
