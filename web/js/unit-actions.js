// What the translator does to a unit beyond typing: merge with the next, split again, the history
// and restoring from it, the note and the comments. Each is a call to the server after the unit's
// pending edit is stored; the list is rebuilt when units change shape.
import { historyView } from './editor-rows.js';
import { translatorName } from './dialogs.js';

export function unitActions({ api, documentId, language, saver, list, reload, notice, focusEditor, onUnitChanged }) {
  const by = () => translatorName() || null;

  async function merge(entry) {
    if (!entry) return;
    const next = list().entries()[entry.index + 1];
    if (!next) return;
    if (next.blockStart) {
      notice(entry, 'Only sentences of the same paragraph can be merged; the next unit starts a new block.');
      return;
    }
    if (!(await saver.flush(entry)) || !(await saver.flush(next))) return;
    const id = entry.state.unit.id;
    try {
      await api.merge(documentId, language, id, { baseRev: entry.state.unit.rev, nextRev: next.state.unit.rev, by: by() });
      await reload(id);
      notice(list().byId(id), 'Merged: both sentences are one unit now. Split (Alt+S) separates them again; the translation then stays on the first.');
    } catch (error) {
      notice(entry, `Cannot merge: ${error.message}`);
      if (error.status === 409) await reload(id);
    }
  }

  async function split(entry) {
    if (!entry || entry.state.unit.sources.length < 2) return;
    if (!(await saver.flush(entry))) return;
    const unit = entry.state.unit;
    try {
      await api.split(documentId, language, unit.id, { baseRev: unit.rev, by: by() });
      await reload(unit.id);
      const tags = (unit.codes || []).length ? ' The tags of the next sentences are left out here: place them again with Ctrl+, in their units.' : '';
      notice(list().byId(unit.sources[0]), `Split: the whole translation stayed on this first unit; move the words that belong to the next sentences.${tags}`);
    } catch (error) {
      notice(entry, `Cannot split: ${error.message}`);
    }
  }

  async function restore(entry, item) {
    if (!(await saver.flush(entry))) return;
    try {
      saver.accept(entry, await api.restore(documentId, language, entry.state.unit.id,
        { rev: item.rev, baseRev: entry.state.unit.rev, by: by() }));
      onUnitChanged(entry);
      notice(entry, `Restored revision ${item.rev}.`);
      focusEditor();
    } catch (error) {
      if (error.status === 409 && error.body) saver.accept(entry, error.body.current);
      notice(entry, `Not restored: ${error.message}`);
    }
  }

  async function showHistory(entry) {
    if (!entry) return;
    try {
      const history = await api.history(documentId, language, entry.state.unit.id);
      const view = historyView(entry, history, {
        close: () => { notice(entry, ''); focusEditor(); },
        restore: (item) => restore(entry, item),
      });
      entry.el.notice.replaceChildren(view);
      const button = view.querySelector('button.restore') || view.querySelector('button');
      if (button) button.focus();
    } catch (error) {
      notice(entry, `No history: ${error.message}`);
    }
  }

  /** Stores a unit the server answered with (a note, a comment) without touching its draft. */
  function took(entry, unit) {
    entry.state = { ...entry.state, unit: { ...unit } };
    onUnitChanged(entry);
    return unit;
  }

  async function saveNote(entry, note) {
    if (!entry) return null;
    if (!(await saver.flush(entry))) throw new Error('save or resolve the translation first');
    const unit = entry.state.unit;
    return took(entry, await api.saveUnit(documentId, language, unit.id,
      { baseRev: unit.rev, target: unit.target, status: unit.status, note, by: by() }, unit.sourceCodes));
  }

  async function addComment(entry, value) {
    if (!entry) return null;
    return took(entry, await api.addComment(documentId, language, entry.state.unit.id, { text: value, by: by() }));
  }

  async function resolveComment(entry, commentId) {
    if (!entry) return null;
    return took(entry, await api.resolveComment(documentId, language, entry.state.unit.id, commentId, { by: by() }));
  }

  return { merge, split, showHistory, saveNote, addComment, resolveComment };
}
