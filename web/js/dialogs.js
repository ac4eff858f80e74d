// Small modal dialogs built on <dialog>: a confirmation, the translator's name, the shortcut sheet.
import { h } from './dom.js';

const NAME_KEY = 'tandem.translator';

export function translatorName() {
  return localStorage.getItem(NAME_KEY) || '';
}

export function setTranslatorName(name) {
  localStorage.setItem(NAME_KEY, name.trim());
}

function openDialog(dialog) {
  const before = document.activeElement;
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    // Chromium gives the focus back while the page is still inert from the modal, so a textarea
    // shows the focus but typing inserts nothing (and Space scrolls the page) until it is focused
    // again; doing it here, once the page is live, keeps every keystroke.
    if (before instanceof HTMLElement && before !== document.body && before.isConnected) {
      before.blur();
      before.focus({ preventScroll: true });
    }
  });
  dialog.showModal();
  return dialog;
}

/** Asks a yes/no question; resolves true when the translator confirms. */
export function confirmDialog({ title, message, confirmLabel }) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        h('p', {}, message),
        h('div', { class: 'dialog-buttons' },
          h('button', { value: 'cancel', class: 'secondary', autofocus: true }, 'Cancel'),
          h('button', { value: 'ok', class: 'danger' }, confirmLabel))));
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'));
    openDialog(dialog);
  });
}

/** Asks for the translator's name (kept in this browser); resolves with it, or '' if put off. */
export function askName() {
  return new Promise((resolve) => {
    const input = h('input', { id: 'name-input', name: 'name', autocomplete: 'name', maxlength: 80, required: true });
    input.value = translatorName();
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'name-title' },
      h('form', { method: 'dialog', onsubmit: (event) => {
        if (event.submitter && event.submitter.value === 'later') return;
        setTranslatorName(input.value);
      } },
      h('h2', { id: 'name-title' }, 'Who is translating?'),
      h('p', {}, 'Your name is recorded with each save, so others see who wrote what. It is kept in this browser.'),
      h('label', { for: 'name-input' }, 'Your name'), input,
      h('div', { class: 'dialog-buttons' },
        h('button', { value: 'ok' }, 'Save name'),
        h('button', { value: 'later', class: 'secondary', formnovalidate: true }, 'Later'))));
    dialog.addEventListener('close', () => resolve(translatorName()));
    openDialog(dialog);
    input.focus();
  });
}

export function shortcutSheet(shortcuts) {
  const dialog = h('dialog', { class: 'dialog shortcuts', 'aria-labelledby': 'shortcuts-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'Action'))),
        h('tbody', {}, shortcuts.map(({ keys, action }) => h('tr', {}, h('td', {}, h('kbd', {}, keys)), h('td', {}, action))))),
      h('div', { class: 'dialog-buttons' }, h('button', { value: 'close', autofocus: true }, 'Close'))));
  return openDialog(dialog);
}
