// The editor's tool bar: status filter, search (source, target or both), jump to a segment,
// review mode and the shortcut sheet. It only reports what the translator chose.
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';

export function editorToolbar({ onFilter, onJump, onReviewMode, onShortcuts }) {
  let searchTimer = null;
  const status = h('select', { id: 'status-filter', onchange: () => onFilter({ status: status.value }) },
    [['all', 'All units'], ['empty', 'Not translated'], ['draft', 'Draft'], ['translated', 'Translated'], ['reviewed', 'Reviewed'],
      ['final', 'Final'], ['aligned', 'Aligned, not reviewed'], ['source-changed', 'Source changed'], ['comments', 'Open comments'], ['attention', 'Unsaved or in conflict']]
      .map(([value, label]) => h('option', { value }, label)));
  const search = h('input', { id: 'search', type: 'search', size: 18, placeholder: 'Find text', 'aria-keyshortcuts': ariaKeysOf('search') });
  const searchIn = h('select', { id: 'search-in', onchange: () => onFilter({ searchIn: searchIn.value }) },
    [['both', 'source and target'], ['source', 'source'], ['target', 'target']].map(([value, label]) => h('option', { value }, label)));
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => onFilter({ query: search.value.trim() }), 150);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      clearTimeout(searchTimer);
      onFilter({ query: search.value.trim() });
    }
  });
  const jump = h('input', { id: 'jump', type: 'number', min: 1, size: 6, inputmode: 'numeric', 'aria-keyshortcuts': ariaKeysOf('jump') });
  const review = h('input', { id: 'review-mode', type: 'checkbox', 'aria-keyshortcuts': ariaKeysOf('review-mode'), onchange: () => onReviewMode(review.checked) });
  const count = h('span', { class: 'shown-count', role: 'status', 'aria-live': 'polite' });

  const element = h('div', { class: 'editor-toolbar', role: 'search' },
    h('div', { class: 'tool' }, h('label', { for: 'status-filter' }, 'Show'), status),
    h('div', { class: 'tool' }, h('label', { for: 'search' }, 'Search ', h('kbd', {}, keysOf('search'))), search,
      h('label', { for: 'search-in', class: 'visually-hidden' }, 'Search in'), searchIn),
    h('form', { class: 'tool', onsubmit: (event) => {
      event.preventDefault();
      if (jump.value) onJump(Number(jump.value));
    } }, h('label', { for: 'jump' }, 'Go to segment ', h('kbd', {}, keysOf('jump'))), jump, h('button', { type: 'submit', class: 'secondary' }, 'Go')),
    h('div', { class: 'tool' }, review, h('label', { for: 'review-mode' }, 'Review mode ', h('kbd', {}, keysOf('review-mode')))),
    h('button', { type: 'button', class: 'secondary', id: 'show-shortcuts', 'aria-keyshortcuts': ariaKeysOf('shortcuts'), onclick: onShortcuts },
      'Shortcuts ', h('kbd', {}, '?')),
    count);

  return {
    element,
    focusSearch: () => { search.focus(); search.select(); },
    focusJump: () => { jump.focus(); jump.select(); },
    toggleReview: () => { review.checked = !review.checked; onReviewMode(review.checked); },
    showCount: (shown, total) => { count.textContent = shown === total ? `${total} units` : `${shown} of ${total} units shown`; },
    reset: () => { status.value = 'all'; search.value = ''; },
  };
}
