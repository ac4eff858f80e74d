// What the glossary and QA panels need from the editor, read from the editor's own rows
// (li.unit[data-unit], .source, the active row's textarea): the active unit, inserting text at the
// cursor (as typing would, so autosave follows), the text selected in the source and the target,
// marks in the active source, a badge per row, and jumping to a unit.
import { translatorName } from './dialogs.js';

export function editorBridge(editor) {
  let lastSourceSelection = '';

  const activeRow = () => editor.querySelector('li.unit.active');
  const row = (unitId) => editor.querySelector(`li.unit[data-unit="${CSS.escape(unitId)}"]`);
  const textarea = () => editor.querySelector('li.unit.active textarea');

  // Selecting the target moves the document's selection into the textarea, so the source
  // selection is remembered as it is made.
  function onSelection() {
    const selection = document.getSelection();
    const source = activeRow() && activeRow().querySelector('.source');
    if (selection && source && selection.rangeCount && source.contains(selection.anchorNode) && selection.toString().trim()) {
      lastSourceSelection = selection.toString();
    }
  }
  document.addEventListener('selectionchange', onSelection);

  return {
    onActiveUnit(callback) {
      let current = null;
      const notify = () => {
        const active = activeRow();
        const id = active ? active.dataset.unit : null;
        if (id !== current) {
          current = id;
          lastSourceSelection = '';
          callback(id);
        }
      };
      const observer = new MutationObserver(notify);
      observer.observe(editor, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
      notify();
      return () => observer.disconnect();
    },
    insertText(text) {
      const field = textarea();
      if (!field) return;
      field.focus();
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selectedSource: () => lastSourceSelection,
    selectedTarget() {
      const field = textarea();
      return field ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
    },
    sourceLanguage() {
      const source = editor.querySelector('li.unit .source');
      return source ? source.lang : '';
    },
    markSource(unitId, spans) {
      const target = unitId && row(unitId);
      const source = target && target.querySelector('.source');
      if (!source) return;
      const text = source.textContent;
      const nodes = [];
      let from = 0;
      for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        if (span.start < from || span.end > text.length) continue;
        if (span.start > from) nodes.push(document.createTextNode(text.slice(from, span.start)));
        const mark = document.createElement('mark');
        mark.className = span.className;
        mark.textContent = text.slice(span.start, span.end);
        nodes.push(mark);
        from = span.end;
      }
      if (from < text.length) nodes.push(document.createTextNode(text.slice(from)));
      source.replaceChildren(...nodes);
    },
    setBadges(severities, count) {
      editor.querySelectorAll('.qa-badge').forEach((badge) => badge.remove());
      for (const [unitId, severity] of severities) {
        const head = row(unitId) && row(unitId).querySelector('.unit-head');
        if (!head) continue;
        const badge = document.createElement('span');
        badge.className = `qa-badge ${severity}`;
        const n = count(unitId);
        badge.textContent = severity === 'error' ? `✗ ${n}` : `⚠ ${n}`;
        badge.title = `${n} QA ${n === 1 ? 'finding' : 'findings'}`;
        head.append(badge);
      }
    },
    labelOf(unitId) {
      const number = row(unitId) && row(unitId).querySelector('.unit-number');
      return number ? number.textContent : unitId;
    },
    jumpTo(unitId, { focus = true } = {}) {
      const target = row(unitId);
      if (!target) return;
      target.hidden = false;
      target.querySelector('.unit-head').click();
      target.scrollIntoView({ block: 'nearest' });
      if (focus && textarea()) textarea().focus();
    },
    translator: () => translatorName(),
    close() {
      document.removeEventListener('selectionchange', onSelection);
    },
  };
}
