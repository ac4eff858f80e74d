// node --test web/test: the one shortcut table decides keys, labels and the sheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHORTCUTS, shortcutFor, keysOf, ariaKeysOf } from '../js/shortcuts.js';

const key = (fields) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', code: '', ...fields });

test('each key combination asks for its action', () => {
  assert.equal(shortcutFor(key({ ctrlKey: true, key: 'Enter' }), 'editor').id, 'confirm');
  assert.equal(shortcutFor(key({ ctrlKey: true, shiftKey: true, key: 'Enter' }), 'editor').id, 'final');
  assert.equal(shortcutFor(key({ metaKey: true, key: 'ArrowDown' }), 'page').id, 'next', 'Cmd works as Ctrl');
  assert.equal(shortcutFor(key({ altKey: true, code: 'KeyM', key: 'µ' }), 'editor').id, 'merge', 'Alt is matched by the physical key');
  assert.equal(shortcutFor(key({ altKey: true, code: 'KeyC' }), 'editor').id, 'comment');
  assert.equal(shortcutFor(key({ ctrlKey: true, shiftKey: true, code: 'KeyC' }), 'editor').id, 'copy-source');
  assert.equal(shortcutFor(key({ key: 'a' }), 'editor'), null);
  assert.equal(shortcutFor(key({ ctrlKey: true, shiftKey: true, code: 'Digit3', key: '#' }), 'editor').id, 'memory-3');
  assert.equal(shortcutFor(key({ ctrlKey: true, code: 'KeyK', key: 'k' }), 'editor').id, 'concordance');
  assert.equal(shortcutFor(key({ altKey: true, code: 'KeyG' }), 'editor').id, 'add-term');
  assert.equal(shortcutFor(key({ altKey: true, shiftKey: true, code: 'KeyG' }), 'editor').id, 'edit-term', 'Shift makes it another action');
});

test('editor-only and page-only keys are ignored elsewhere', () => {
  assert.equal(shortcutFor(key({ key: 'Escape' }), 'editor').id, 'revert');
  assert.equal(shortcutFor(key({ key: 'Escape' }), 'field'), null);
  assert.equal(shortcutFor(key({ key: '?', shiftKey: true }), 'page').id, 'shortcuts');
  assert.equal(shortcutFor(key({ key: '?', shiftKey: true }), 'editor'), null, 'a question mark typed is text');
  assert.equal(shortcutFor(key({ ctrlKey: true, key: '/' }), 'editor').id, 'shortcuts');
});

test('no two actions share a key combination', () => {
  const seen = new Map();
  for (const shortcut of SHORTCUTS) {
    for (const pattern of [shortcut.match].flat()) {
      const name = JSON.stringify([Boolean(pattern.ctrl), Boolean(pattern.alt), pattern.shift, pattern.code || pattern.key]);
      assert.ok(!seen.has(name), `${shortcut.id} and ${seen.get(name)} share ${name}`);
      seen.set(name, shortcut.id);
    }
  }
});

test('labels come from the table', () => {
  assert.equal(keysOf('confirm'), 'Ctrl+Enter');
  assert.equal(ariaKeysOf('revert'), 'Escape');
  assert.throws(() => keysOf('no-such-action'));
  for (const shortcut of SHORTCUTS) assert.ok(shortcut.keys && shortcut.aria && shortcut.action, shortcut.id);
});
