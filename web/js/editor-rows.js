// The lightweight rows of the editor: plain text for every unit, so thousands of units stay cheap.
// The one live editor (textarea and its action bar) is moved into whichever row is active.
import { h } from './dom.js';
import { showCodedSpans } from './highlight.js';
import { untokened } from './inline-codes.js';
import { text, shownStatus } from './save-state.js';

// What a row says about its unit: "not translated" only when there is no text at all.
export const STATUS_LABELS = {
  empty: ['○', 'not translated'],
  draft: ['✎', 'draft'],
  translated: ['✓', 'translated'],
  reviewed: ['✓✓', 'reviewed'],
  final: ['★', 'final'],
  aligned: ['◇', 'aligned, not reviewed'],
};
const SAVE_LABELS = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved', failed: 'Not saved', conflict: 'Conflict' };
const BLOCK_LABELS = { title: 'Title', subtitle: 'Subtitle', heading: 'Heading', caption: 'Caption', list_item: 'List item', quote: 'Quote' };

export function statusText(state) {
  const shown = shownStatus(state);
  const [icon, label] = STATUS_LABELS[shown] || ['?', shown];
  return `${icon} ${label}${state.unit.sourceChanged ? ' · ⚠ source changed' : ''}`;
}

/** Builds the row of one entry; keeps references to the parts that change. */
export function buildRow(entry, { sourceLanguage, targetLanguage, targetDir }) {
  const number = h('span', { class: 'unit-number' }, entry.label);
  const blockLabel = BLOCK_LABELS[entry.blockType];
  entry.el = {
    source: h('div', { class: 'source', lang: sourceLanguage, dir: 'auto' }, entry.sourceText),
    targetText: h('div', { class: 'target-text', lang: targetLanguage, dir: targetDir }),
    target: null,
    status: h('span', { class: 'unit-status' }),
    saveState: h('span', { class: 'save-state' }),
    remarks: h('span', { class: 'unit-remarks' }),
    notice: h('div', { class: 'unit-notice', role: 'status' }),
  };
  entry.el.target = h('div', { class: 'target' }, entry.el.targetText);
  entry.el.row = h('li', {
    class: `unit block-${entry.blockType}${entry.blockStart ? ' block-start' : ''}`,
    dataset: { unit: entry.state.unit.id, index: String(entry.index) },
  },
  h('div', { class: 'unit-head' },
    h('span', { class: 'unit-labels' }, blockLabel ? h('span', { class: 'block-label' }, blockLabel) : null,
      entry.state.unit.sources.length > 1 ? h('span', { class: 'merged-label' }, `${entry.state.unit.sources.length} sentences`) : null, number),
    entry.el.status, entry.el.saveState),
  entry.el.source, entry.el.target,
  h('div', { class: 'unit-meta' }, entry.el.remarks),
  entry.el.notice);
  refreshRow(entry, null);
  return entry.el.row;
}

/**
 * Brings a row up to date with its entry: target text, status, save state, and the search's marks
 * (`hit`: { source, target } spans from the server, or null). A draft not saved yet is shown
 * without marks: the spans were found in the stored target.
 */
export function refreshRow(entry, hit) {
  const { el, state } = entry;
  const { unit } = state;
  const target = text(state);
  showCodedSpans(el.source, entry.sourceText, unit.sourceCodes, hit && hit.source);
  if (target) {
    const coded = untokened(target, unit.sourceCodes);
    showCodedSpans(el.targetText, coded.text, coded.codes, hit && target === unit.target ? hit.target : null);
    el.targetText.classList.remove('empty');
  } else {
    el.targetText.textContent = 'Not translated yet';
    el.targetText.classList.add('empty');
  }
  entry.shownHit = hit;
  el.status.textContent = statusText(state);
  el.row.dataset.status = shownStatus(state);
  el.row.classList.toggle('source-changed', Boolean(unit.sourceChanged));
  el.row.classList.toggle('aligned', Boolean(unit.aligned) && !unit.sourceChanged);
  el.row.classList.toggle('changed-remotely', Boolean(state.remote));
  el.row.dataset.state = state.phase;
  el.saveState.textContent = SAVE_LABELS[state.phase] || '';
  el.saveState.title = state.error || '';
  const open = (unit.comments || []).filter((comment) => !comment.resolved).length;
  const remarks = [unit.note ? '✎ note' : '', open ? `${open} open comment${open === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · ');
  if (el.remarks.textContent !== remarks) el.remarks.textContent = remarks;
}

/** Shows both versions of a unit after a refused save; the choice goes back through `on`. */
export function conflictView(entry, theirs, mine, on) {
  const when = theirs.updated ? new Date(theirs.updated).toLocaleString() : 'just now';
  return h('div', { class: 'conflict', role: 'group', 'aria-label': `Conflict in segment ${entry.label}` },
    h('p', { class: 'conflict-title' }, `⚠ ${theirs.by || 'Someone else'} saved this unit (${when}) while you were editing. Nothing has been overwritten: choose what to keep.`),
    h('div', { class: 'conflict-versions' },
      h('div', { class: 'version theirs' }, h('h3', {}, `Theirs (revision ${theirs.rev}, ${theirs.status})`),
        h('p', { class: 'version-text' }, theirs.target || '(empty)')),
      h('div', { class: 'version mine' }, h('h3', {}, 'Yours (not saved)'), h('p', { class: 'version-text' }, mine || '(empty)'))),
    h('div', { class: 'conflict-actions' },
      h('button', { type: 'button', class: 'keep-mine', onclick: on.keepMine }, 'Keep mine'),
      h('button', { type: 'button', class: 'take-theirs secondary', onclick: on.takeTheirs }, 'Take theirs'),
      h('button', { type: 'button', class: 'edit-merge secondary', onclick: on.editMerge }, 'Edit a merge of both')));
}

/** The history of a unit: earlier targets with who and when, each restorable. */
export function historyView(entry, history, on) {
  const entries = [...history].reverse();
  return h('section', { class: 'history', 'aria-label': `History of segment ${entry.label}` },
    h('div', { class: 'history-head' }, h('h3', {}, `History of segment ${entry.label}`),
      h('button', { type: 'button', class: 'secondary close-history', onclick: on.close }, 'Close history')),
    entries.length === 0 ? h('p', {}, 'No earlier versions.') : h('ol', { class: 'history-list' }, entries.map((item) =>
      h('li', { class: 'history-entry', dataset: { rev: String(item.rev) } },
        h('p', { class: 'version-text' }, item.target || '(empty)'),
        h('p', { class: 'meta' }, `revision ${item.rev} · ${item.status} · ${item.by || 'unknown'} · ${item.updated ? new Date(item.updated).toLocaleString() : ''}`),
        h('button', { type: 'button', class: 'restore secondary', onclick: () => on.restore(item) }, `Restore revision ${item.rev}`)))));
}
