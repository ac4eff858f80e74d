// The editor's tool bar: status filter, search (source, target or both; case, whole word, regular
// expression), replace in the targets, jump to a segment, review mode and the shortcut sheet.
// It only reports what the translator chose.
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';

const STATUSES = [['all', 'All units'], ['empty', 'Not translated'], ['draft', 'Draft'], ['translated', 'Translated'],
  ['reviewed', 'Reviewed'], ['final', 'Final'], ['aligned', 'Aligned, not reviewed'], ['source-changed', 'Source changed'],
  ['comments', 'Open comments'], ['attention', 'Unsaved or in conflict']];

/**
 * onFilter({ status })      the status filter changed
 * onSearch(search)          the search changed: { q, in, case, word, regex } (q '' is no search)
 * onPreview(replacement)    show what replacing every match in the targets would do
 */
export function editorToolbar({ onFilter, onSearch, onPreview, onJump, onReviewMode, onShortcuts }) {
  let searchTimer = null;
  const status = h('select', { id: 'status-filter', onchange: () => onFilter({ status: status.value }) },
    STATUSES.map(([value, label]) => h('option', { value }, label)));
  const search = h('input', { id: 'search', type: 'search', size: 16, placeholder: 'Find text', 'aria-keyshortcuts': ariaKeysOf('search') });
  const searchIn = h('select', { id: 'search-in', onchange: () => searchNow() },
    [['both', 'source and target'], ['source', 'source'], ['target', 'target']].map(([value, label]) => h('option', { value }, label)));
  const option = (id, label, title) => {
    const box = h('input', { id, type: 'checkbox', onchange: () => searchNow() });
    return [box, h('label', { for: id, class: 'search-option', title }, label)];
  };
  const [matchCase, caseLabel] = option('search-case', 'Aa', 'Match case (accents and apostrophes still fold)');
  const [wholeWord, wordLabel] = option('search-word', 'Word', 'Whole words only');
  const [regex, regexLabel] = option('search-regex', '.*', 'Regular expression (Java syntax; $1 in the replacement)');

  function current() {
    return { q: search.value.trim(), in: searchIn.value, case: matchCase.checked, word: wholeWord.checked, regex: regex.checked };
  }

  function searchNow() {
    clearTimeout(searchTimer);
    onSearch(current());
  }

  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => onSearch(current()), 200);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') searchNow();
  });

  const replacement = h('input', { id: 'replace-with', type: 'text', size: 16, placeholder: 'Replace with', 'aria-keyshortcuts': ariaKeysOf('replace') });
  replacement.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onPreview(replacement.value);
    }
  });
  const replaceTool = h('div', { class: 'tool replace-tool', hidden: true },
    h('label', { for: 'replace-with' }, 'Replace ', h('kbd', {}, keysOf('replace'))), replacement,
    h('button', { type: 'button', class: 'secondary', id: 'replace-preview', onclick: () => onPreview(replacement.value) }, 'Preview…'));

  const jump = h('input', { id: 'jump', type: 'number', min: 1, size: 6, inputmode: 'numeric', 'aria-keyshortcuts': ariaKeysOf('jump') });
  const review = h('input', { id: 'review-mode', type: 'checkbox', 'aria-keyshortcuts': ariaKeysOf('review-mode'), onchange: () => onReviewMode(review.checked) });
  const count = h('span', { class: 'shown-count', role: 'status', 'aria-live': 'polite' });

  const element = h('div', { class: 'editor-toolbar', role: 'search' },
    h('div', { class: 'tool' }, h('label', { for: 'status-filter' }, 'Show'), status),
    h('div', { class: 'tool' }, h('label', { for: 'search' }, 'Search ', h('kbd', {}, keysOf('search'))), search,
      h('label', { for: 'search-in', class: 'visually-hidden' }, 'Search in'), searchIn,
      h('span', { class: 'search-options' }, matchCase, caseLabel, wholeWord, wordLabel, regex, regexLabel)),
    replaceTool,
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
    search: current,
    focusSearch: () => { search.focus(); search.select(); },
    focusReplace: () => {
      replaceTool.hidden = false;
      if (!search.value) search.focus();
      else { replacement.focus(); replacement.select(); }
    },
    focusJump: () => { jump.focus(); jump.select(); },
    toggleReview: () => { review.checked = !review.checked; onReviewMode(review.checked); },
    showCount: (shown, total, note = '') => {
      count.textContent = (shown === total ? `${total} units` : `${shown} of ${total} units shown`) + (note ? ` · ${note}` : '');
    },
    reset: () => { status.value = 'all'; search.value = ''; },
  };
}
