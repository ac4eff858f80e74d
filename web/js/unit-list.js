// The list of units: entries built from the document and its translation, their rows in chunks the
// browser skips while off screen, the filter (status, open comments, search) and moving between
// the rows that are shown. It knows nothing of saving; the editor passes what it needs.
import { h } from './dom.js';
import { buildRow, refreshRow } from './editor-rows.js';
import { initial, text, shownStatus } from './save-state.js';
import { matches } from './highlight.js';

// Rows go into lists of this many, each skipped by the browser while off screen (content-visibility),
// so scrolling a long document lays out a few dozen rows, not thousands.
const ROWS_PER_CHUNK = 40;

/** Whether a unit passes the status part of the filter. */
export function statusMatches(entry, status) {
  const state = entry.state;
  switch (status) {
    case 'all': return true;
    case 'source-changed': return Boolean(state.unit.sourceChanged);
    case 'attention': return state.phase !== 'saved';
    case 'comments': return (state.unit.comments || []).some((comment) => !comment.resolved);
    default: return shownStatus(state) === status;
  }
}

export function createUnitList({ doc, language, targetDir }) {
  const element = h('div', { class: 'units', role: 'region', 'aria-label': 'Segments' });
  let entries = [];
  let byId = new Map();
  let filter = { status: 'all', query: '', searchIn: 'both' };

  function buildEntries(units) {
    const segmentIndex = new Map(doc.segments.map((segment, index) => [segment.id, index]));
    let previousBlock = -1;
    return units.map((unit, index) => {
      const firstSegment = doc.segments[segmentIndex.get(unit.sources[0])];
      const block = firstSegment ? firstSegment.block : -1;
      const first = (segmentIndex.get(unit.sources[0]) ?? index) + 1;
      const last = (segmentIndex.get(unit.sources[unit.sources.length - 1]) ?? index) + 1;
      const entry = {
        index, first, last, label: first === last ? String(first) : `${first}–${last}`,
        sourceText: unit.sources.map((id) => (doc.segments[segmentIndex.get(id)] || { text: '' }).text).join(' '),
        blockType: block >= 0 ? doc.blocks[block].type : 'paragraph', blockStart: block !== previousBlock,
        state: initial(unit), el: null, shownQuery: '',
      };
      previousBlock = block;
      return entry;
    });
  }

  /** Builds every row again from `units`; drafts of units whose revision did not move are kept. */
  function render(units) {
    const carried = byId;
    entries = buildEntries(units);
    byId = new Map(entries.map((entry) => [entry.state.unit.id, entry]));
    const options = { sourceLanguage: doc.sourceLanguage, targetLanguage: language, targetDir };
    const fragment = document.createDocumentFragment();
    let chunk = null;
    for (const entry of entries) {
      const before = carried.get(entry.state.unit.id);
      if (before && before.state.unit.rev === entry.state.unit.rev) {
        entry.state = { ...entry.state, draft: before.state.draft, entered: before.state.entered,
          phase: before.state.draft !== null ? 'unsaved' : 'saved' };
      }
      if (entry.index % ROWS_PER_CHUNK === 0) {
        chunk = h('ol', { class: 'unit-chunk', start: entry.index + 1 });
        fragment.append(chunk);
      }
      chunk.append(buildRow(entry, options));
    }
    element.replaceChildren(fragment);
    return entries;
  }

  function refresh(entry) {
    refreshRow(entry, filter.query, filter.searchIn);
  }

  /** Applies a filter ({ status, query, searchIn }, each optional); answers how many rows are shown. */
  function applyFilter(next = {}) {
    filter = { ...filter, ...next };
    let shown = 0;
    for (const entry of entries) {
      const target = text(entry.state);
      const textOk = !filter.query
        || (filter.searchIn !== 'target' && matches(entry.sourceText, filter.query))
        || (filter.searchIn !== 'source' && matches(target, filter.query));
      const show = statusMatches(entry, filter.status) && textOk;
      entry.el.row.hidden = !show;
      if (show) shown++;
      if (entry.shownQuery !== filter.query || filter.query) refresh(entry);
    }
    return shown;
  }

  const visible = (entry) => Boolean(entry) && !entry.el.row.hidden;

  /** The next (delta 1) or previous (-1) row shown from `from`, or null. */
  function step(from, delta) {
    if (!from) return entries.find(visible) || null;
    for (let i = from.index + delta; i >= 0 && i < entries.length; i += delta) {
      if (visible(entries[i])) return entries[i];
    }
    return null;
  }

  /** The nearest row shown to `entry` (after it, else before it), or null when nothing is shown. */
  function nearestShown(entry) {
    return entries.slice(entry.index + 1).find(visible) || entries.slice(0, entry.index).reverse().find(visible) || null;
  }

  /** The next unit to do after `from`: shown, not confirmed, no draft pending; else the next shown. */
  function nextToDo(from) {
    const start = from ? from.index + 1 : 0;
    const candidates = [...entries.slice(start), ...entries.slice(0, start)];
    const todo = (entry) => visible(entry) && entry !== from && entry.state.draft === null
      && ['empty', 'draft'].includes(shownStatus(entry.state));
    return candidates.find(todo) || entries.slice(start).find(visible) || null;
  }

  function bySegment(number) {
    return entries.find((entry) => entry.first <= number && number <= entry.last) || null;
  }

  return {
    element,
    render,
    refresh,
    applyFilter,
    visible,
    step,
    nearestShown,
    nextToDo,
    bySegment,
    entries: () => entries,
    byId: (id) => byId.get(id) || null,
    entryOf: (row) => entries[Number(row.dataset.index)] || null,
    filter: () => filter,
  };
}
