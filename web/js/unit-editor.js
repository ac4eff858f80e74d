// The one live editor: a textarea and its action bar, moved into whichever row is active, so a
// document of thousands of units has one editor, not thousands. Buttons show their keys from the
// shortcut table.
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';

const ACTIONS = [
  ['confirm', 'Confirm'],
  ['final', 'Final'],
  ['draft', 'To draft'],
  ['copy-source', 'Copy source'],
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

/** run(id) is called with the action's id when its button is pressed; onInput(text) on typing. */
export function createUnitEditor({ language, targetDir, run, onInput }) {
  const textarea = h('textarea', { id: 'unit-editor', rows: 3, lang: language, dir: targetDir, spellcheck: 'true' });
  const label = h('label', { class: 'visually-hidden', for: 'unit-editor' }, 'Translation');
  const buttons = new Map(ACTIONS.map(([id, text]) => [id, actionButton(id, text, () => run(id))]));
  const bar = h('div', { class: 'unit-actions', role: 'toolbar', 'aria-label': 'Unit actions' }, [...buttons.values()]);
  const element = h('div', { class: 'unit-editor' }, label, textarea);
  textarea.addEventListener('input', () => onInput(textarea.value));

  return {
    element,
    textarea,
    /** Moves the editor into `entry`'s row, showing `value`; `can` says which actions apply. */
    attach(entry, value, can) {
      label.textContent = `Translation of segment ${entry.label}`;
      textarea.value = value;
      for (const [id, button] of buttons) button.disabled = can[id] === false;
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
