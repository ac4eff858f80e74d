// The preview of a replacement: every unit whose target would change, before and after, each with
// its own Replace button, and Replace all. Replacing is left to the editor (a normal save per unit).
import { h } from './dom.js';

/**
 * hits: the server's preview ({ unit, rev, target spans, replaced }); labelOf(unitId) names a unit;
 * onReplace(hits) replaces those units and resolves with { replaced, skipped }; onUndo(unitIds)
 * puts back what they said before and resolves with { undone, kept }; onClose().
 */
export function replacePreview({ hits, labelOf, textOf, onReplace, onUndo, onClose }) {
  const status = h('p', { class: 'replace-status', role: 'status', 'aria-live': 'polite' });
  const undoButton = h('button', { type: 'button', class: 'secondary replace-undo', hidden: true, onclick: () => undo() }, 'Undo the replacements');
  const items = new Map();
  let done = [];

  async function undo() {
    undoButton.disabled = true;
    const { undone, kept } = await onUndo(done);
    for (const id of undone) items.get(id).classList.remove('done');
    done = kept;
    undoButton.hidden = kept.length === 0;
    undoButton.disabled = false;
    status.textContent = `Undone in ${undone.length} unit${undone.length === 1 ? '' : 's'}`
      + (kept.length ? `; ${kept.length} left as replaced (edited since)` : '') + '.';
  }

  async function replace(chosen) {
    for (const hit of chosen) items.get(hit.unit).querySelector('button').disabled = true;
    status.textContent = `Replacing in ${chosen.length} unit${chosen.length === 1 ? '' : 's'}…`;
    const { replaced, skipped } = await onReplace(chosen);
    for (const id of replaced) items.get(id).classList.add('done');
    for (const id of skipped) items.get(id).classList.add('skipped');
    done = [...done, ...replaced];
    undoButton.hidden = done.length === 0;
    status.textContent = `Replaced in ${replaced.length} unit${replaced.length === 1 ? '' : 's'}`
      + (skipped.length ? `; ${skipped.length} not replaced (changed since the preview, or not saved): search again` : '')
      + '. Each replacement is a save with its history (Alt+H to go back).';
  }

  const list = h('ol', { class: 'replace-list' }, hits.map((hit) => {
    const item = h('li', { class: 'replace-item', dataset: { unit: hit.unit } },
      h('span', { class: 'replace-label' }, `Segment ${labelOf(hit.unit)}`),
      h('del', {}, textOf(hit.unit)), h('ins', {}, hit.replaced),
      h('button', { type: 'button', class: 'secondary replace-one', onclick: () => replace([hit]) }, 'Replace'));
    items.set(hit.unit, item);
    return item;
  }));
  const all = h('button', { type: 'button', class: 'replace-all', onclick: () => replace(hits), disabled: !hits.length },
    `Replace all (${hits.length})`);
  const element = h('section', { class: 'replace-preview', 'aria-label': 'Replacement preview' },
    h('div', { class: 'replace-head' },
      h('h2', {}, hits.length ? `${hits.length} translation${hits.length === 1 ? '' : 's'} would change` : 'Nothing to replace in the translations'),
      all, h('button', { type: 'button', class: 'secondary replace-close', onclick: onClose }, 'Close')),
    h('div', { class: 'replace-result' }, status, undoButton), list);
  return { element, focus: () => (hits.length ? all : element.querySelector('.replace-close')).focus() };
}
