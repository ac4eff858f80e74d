// The editor's keyboard shortcuts, in one table: it decides which key does what, what the buttons
// show (<kbd> labels, aria-keyshortcuts) and what the shortcut sheet lists. No DOM here.
//
// Each entry: id (the action), keys (as shown), aria (as aria-keyshortcuts spells it), action (the
// sheet's text), match (one or more key patterns) and scope: 'editor' (only while typing in the
// translation), 'page' (anywhere but a text field) or absent (anywhere).
// Alt+D, Alt+E and Alt+F are left to the browser (address bar and menus).

export const SHORTCUTS = [
  { id: 'confirm', keys: 'Ctrl+Enter', aria: 'Control+Enter', match: { ctrl: true, shift: false, key: 'Enter' },
    action: 'Confirm (translated, or reviewed in review mode) and go to the next unit to do' },
  { id: 'final', keys: 'Ctrl+Shift+Enter', aria: 'Control+Shift+Enter', match: { ctrl: true, shift: true, key: 'Enter' },
    action: 'Set final (second review pass) and go to the next unit to do' },
  { id: 'draft', keys: 'Alt+U', aria: 'Alt+U', match: { alt: true, code: 'KeyU' },
    action: 'Take the unit back to draft (unconfirm)' },
  { id: 'next', keys: 'Ctrl+↓', aria: 'Control+ArrowDown', match: { ctrl: true, shift: false, key: 'ArrowDown' },
    action: 'Next unit shown' },
  { id: 'previous', keys: 'Ctrl+↑', aria: 'Control+ArrowUp', match: { ctrl: true, shift: false, key: 'ArrowUp' },
    action: 'Previous unit shown' },
  { id: 'copy-source', keys: 'Ctrl+Shift+C', aria: 'Control+Shift+C', match: { ctrl: true, shift: true, code: 'KeyC' },
    scope: 'editor', action: 'Copy the source into the translation' },
  { id: 'next-tag', keys: 'Ctrl+,', aria: 'Control+,', match: { ctrl: true, shift: false, key: ',' }, scope: 'editor',
    action: 'Insert the next tag of the source (around the selected words when it is a pair)' },
  { id: 'revert', keys: 'Esc', aria: 'Escape', match: { key: 'Escape' }, scope: 'editor',
    action: 'Revert: back to the text the unit had when you came to it' },
  { id: 'merge', keys: 'Alt+M', aria: 'Alt+M', match: { alt: true, code: 'KeyM' }, action: 'Merge this unit with the next' },
  { id: 'split', keys: 'Alt+S', aria: 'Alt+S', match: { alt: true, code: 'KeyS' }, action: 'Split a merged unit again' },
  { id: 'history', keys: 'Alt+H', aria: 'Alt+H', match: { alt: true, code: 'KeyH' }, action: 'Show the history of this unit' },
  { id: 'note', keys: 'Alt+N', aria: 'Alt+N', match: { alt: true, code: 'KeyN' }, action: 'Edit the note of this unit' },
  { id: 'comment', keys: 'Alt+C', aria: 'Alt+C', match: { alt: true, shift: false, code: 'KeyC' }, action: 'Comment on this unit' },
  { id: 'review-mode', keys: 'Alt+R', aria: 'Alt+R', match: { alt: true, code: 'KeyR' }, action: 'Turn review mode on or off' },
  { id: 'search', keys: 'Ctrl+Shift+F', aria: 'Control+Shift+F', match: { ctrl: true, shift: true, code: 'KeyF' }, action: 'Search' },
  { id: 'replace', keys: 'Ctrl+Shift+H', aria: 'Control+Shift+H', match: { ctrl: true, shift: true, code: 'KeyH' },
    action: 'Search and replace in the translations' },
  { id: 'jump', keys: 'Alt+J', aria: 'Alt+J', match: { alt: true, code: 'KeyJ' }, action: 'Jump to a segment number' },
  { id: 'download', keys: 'Alt+Shift+E', aria: 'Alt+Shift+E', match: { alt: true, shift: true, code: 'KeyE' },
    action: 'Download the translation in the chosen format' },
  { id: 'memory-1', keys: 'Ctrl+Shift+1', aria: 'Control+Shift+1', match: { ctrl: true, shift: true, code: 'Digit1' },
    action: 'Insert translation-memory match 1 (stays a draft until confirmed)' },
  { id: 'memory-2', keys: 'Ctrl+Shift+2', aria: 'Control+Shift+2', match: { ctrl: true, shift: true, code: 'Digit2' },
    action: 'Insert translation-memory match 2 (stays a draft until confirmed)' },
  { id: 'memory-3', keys: 'Ctrl+Shift+3', aria: 'Control+Shift+3', match: { ctrl: true, shift: true, code: 'Digit3' },
    action: 'Insert translation-memory match 3 (stays a draft until confirmed)' },
  { id: 'memory-4', keys: 'Ctrl+Shift+4', aria: 'Control+Shift+4', match: { ctrl: true, shift: true, code: 'Digit4' },
    action: 'Insert translation-memory match 4 (stays a draft until confirmed)' },
  { id: 'memory-5', keys: 'Ctrl+Shift+5', aria: 'Control+Shift+5', match: { ctrl: true, shift: true, code: 'Digit5' },
    action: 'Insert translation-memory match 5 (stays a draft until confirmed)' },
  { id: 'concordance', keys: 'Ctrl+K', aria: 'Control+K', match: { ctrl: true, shift: false, code: 'KeyK' },
    action: 'Search the translation memory (concordance), with the selected text if any' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ id: `term-${n}`, keys: `Alt+Shift+${n}`, aria: `Alt+Shift+${n}`,
    match: { alt: true, shift: true, code: `Digit${n}` }, action: `Insert the glossary translation numbered ${n}` })),
  { id: 'add-term', keys: 'Alt+G', aria: 'Alt+G', match: { alt: true, shift: false, code: 'KeyG' },
    action: 'Add the text selected in the source and in the translation to the glossary' },
  { id: 'edit-term', keys: 'Alt+Shift+G', aria: 'Alt+Shift+G', match: { alt: true, shift: true, code: 'KeyG' },
    action: 'Edit the first glossary term of this segment (its translation, status, note; or delete it)' },
  { id: 'next-finding', keys: 'Alt+Q', aria: 'Alt+Q', match: { alt: true, code: 'KeyQ' }, action: 'Go to the next QA finding' },
  { id: 'shortcuts', keys: '? or Ctrl+/', aria: '? Control+/', match: [{ key: '?', scope: 'page' }, { ctrl: true, key: '/' }],
    action: 'This list' },
];

const BY_ID = new Map(SHORTCUTS.map((shortcut) => [shortcut.id, shortcut]));

function patternMatches(pattern, event) {
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  if (Boolean(pattern.ctrl) !== ctrl) return false;
  if (Boolean(pattern.alt) !== Boolean(event.altKey)) return false;
  if (pattern.shift !== undefined && pattern.shift !== Boolean(event.shiftKey)) return false;
  // Alt and Ctrl+Shift combinations are matched by the physical key (event.code): Alt changes
  // event.key on macOS and in some layouts; plain keys by the character (event.key).
  return pattern.code ? pattern.code === event.code : pattern.key === event.key;
}

/**
 * The shortcut a key event asks for, or null. `where` says where the focus is: 'editor' (the
 * translation), 'field' (another text field) or 'page'.
 */
export function shortcutFor(event, where, table = SHORTCUTS) {
  for (const shortcut of table) {
    const patterns = Array.isArray(shortcut.match) ? shortcut.match : [shortcut.match];
    for (const pattern of patterns) {
      const scope = pattern.scope || shortcut.scope;
      if (scope === 'editor' && where !== 'editor') continue;
      if (scope === 'page' && where !== 'page') continue;
      if (patternMatches(pattern, event)) return shortcut;
    }
  }
  return null;
}

/** The keys of an action as a button shows them, such as 'Ctrl+Enter'. */
export function keysOf(id) {
  const shortcut = BY_ID.get(id);
  if (!shortcut) throw new Error(`no shortcut ${id}`);
  return shortcut.keys;
}

/** The keys of an action as aria-keyshortcuts spells them, such as 'Control+Enter'. */
export function ariaKeysOf(id) {
  const shortcut = BY_ID.get(id);
  if (!shortcut) throw new Error(`no shortcut ${id}`);
  return shortcut.aria;
}
