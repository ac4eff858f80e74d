// The one live editor: a textarea and its action bar, moved into whichever row is active, so a
// document of thousands of units has one editor, not thousands. Buttons show their keys from the
// shortcut table.
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';
import { tokenToDelete, outsideTokens } from './inline-codes.js';

const ACTIONS = [
  ['confirm', 'Confirm'],
  ['final', 'Final'],
  ['draft', 'To draft'],
  ['copy-source', 'Copy source'],
  ['next-tag', 'Next tag'],
  ['revert', 'Revert'],
  ['merge', 'Merge'],
  ['split', 'Split'],
  ['history', 'History'],
];

/** A button for an action of the shortcut table: its label, its keys shown and announced. */
export function actionButton(id, label, run, className = 'secondary') {
  return h('button', {
    type: 'button', class: `${className} action-${id}`, 'aria-keyshortcuts': ariaKeysOf(id),
    // The textarea keeps the focus (and its cursor) when a button is clicked.
    onmousedown: (event) => event.preventDefault(), onclick: run,
  }, label, ' ', h('kbd', {}, keysOf(id)));
}

/**
 * run(id) is called with the action's id when its button is pressed; onInput(text) on typing;
 * onRefused(message) when a keystroke would break or delete a tag that must stay.
 */
export function createUnitEditor({ language, targetDir, run, onInput, onRefused }) {
  const textarea = h('textarea', { id: 'unit-editor', rows: 3, lang: language, dir: targetDir, spellcheck: 'true' });
  const label = h('label', { class: 'visually-hidden', for: 'unit-editor' }, 'Translation');
  const buttons = new Map(ACTIONS.map(([id, text]) => [id, actionButton(id, text, () => run(id))]));
  const bar = h('div', { class: 'unit-actions', role: 'toolbar', 'aria-label': 'Unit actions' }, [...buttons.values()]);
  const element = h('div', { class: 'unit-editor' }, label, textarea);
  textarea.addEventListener('input', () => onInput(textarea.value));
  // The source's inline codes of the unit being edited: their tokens are kept whole.
  let sourceCodes = [];
  textarea.addEventListener('beforeinput', (event) => keepTokensWhole(event));

  function replace(text, start, end) {
    textarea.setRangeText(text, start, end, 'end');
    onInput(textarea.value);
  }

  /**
   * A tag is one character to the keyboard: Backspace or Delete next to it removes all of it (or
   * nothing, when the source says it may not be deleted), and typing or deleting across a part of
   * one takes the whole token. Everything else is left to the browser, with its own undo.
   */
  function keepTokensWhole(event) {
    if (sourceCodes.length === 0) return;
    const { value, selectionStart, selectionEnd } = textarea;
    const deleting = event.inputType.startsWith('delete');
    if (deleting && selectionStart === selectionEnd) {
      const token = tokenToDelete(value, selectionStart, event.inputType.includes('Backward'), sourceCodes);
      if (!token) return;
      event.preventDefault();
      if (token.code.canDelete === false) onRefused(`This tag may not be deleted: ${value.slice(token.start, token.end)} (${token.code.type}).`);
      else replace('', token.start, token.end);
      return;
    }
    const [start, end] = outsideTokens(value, selectionStart, selectionEnd, sourceCodes);
    if (start === selectionStart && end === selectionEnd) return;
    event.preventDefault();
    const typedText = event.data ?? (event.dataTransfer ? event.dataTransfer.getData('text/plain') : '');
    replace(deleting ? '' : typedText || '', start, end);
  }

  return {
    element,
    textarea,
    /** Moves the editor into `entry`'s row, showing `value`; `can` says which actions apply. */
    attach(entry, value, can) {
      label.textContent = `Translation of segment ${entry.label}`;
      textarea.value = value;
      sourceCodes = entry.state.unit.sourceCodes || [];
      for (const [id, button] of buttons) button.disabled = can[id] === false;
      // Only a unit whose source has tags has a tag to insert.
      buttons.get('next-tag').hidden = sourceCodes.length === 0;
      entry.el.target.append(element);
      // The action bar spans the whole row, under source and translation, so it fits on one line.
      entry.el.notice.before(bar);
    },
    detach() {
      element.remove();
      bar.remove();
    },
    show(value) {
      if (textarea.value !== value) textarea.value = value;
    },
    focus(options) {
      textarea.focus(options);
    },
    isFocused: () => document.activeElement === textarea,
  };
}
