// The sign-in view: shown when the server requires sign-in (always beyond this machine) and nobody
// is signed in. The session lives in an HttpOnly cookie the page never sees.
import { h, show } from './dom.js';

export function mount(element, { api, onSignedIn }) {
  const name = h('input', { id: 'sign-in-name', name: 'username', autocomplete: 'username', required: true, spellcheck: 'false' });
  const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { class: 'sign-in-error', role: 'alert' });
  const submit = h('button', { type: 'submit' }, 'Sign in');

  async function signIn(event) {
    event.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    try {
      const session = await api.signIn(name.value.trim(), password.value);
      password.value = '';
      onSignedIn(session);
    } catch (error) {
      message.textContent = error.message;
      password.select();
    } finally {
      submit.disabled = false;
    }
  }

  const form = h('form', { class: 'sign-in', 'aria-labelledby': 'sign-in-title', onsubmit: signIn },
    h('h1', { id: 'sign-in-title' }, 'Sign in to Tandem'),
    h('p', { class: 'sign-in-note' }, 'This workbench is shared. Sign in with the account your administrator made for you.'),
    h('label', { for: 'sign-in-name' }, 'Name'), name,
    h('label', { for: 'sign-in-password' }, 'Password'), password,
    message,
    h('div', { class: 'sign-in-actions' }, submit, h('span', { class: 'sign-in-hint' }, h('kbd', {}, 'Enter'), ' signs in')));
  show(element, form);
  name.focus();
  return { unmount() {} };
}
