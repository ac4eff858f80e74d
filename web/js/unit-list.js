// The list of units: entries built from the document and its translation, their rows in chunks the
// browser skips while off screen, the filter (status, open comments, search) and moving between
// the rows that are shown. It knows nothing of saving; the editor passes what it needs.
import { h } from './dom.js';
import { buildRow, refreshRow } from './editor-rows.js';
import { initial, shownStatus } from './save-state.js';

// Rows go into lists of this many, each skipped by the browser while off screen (content-visibility),
// so scrolling a long document lays out a few dozen rows, not thousands. A list's rows are only
// built when it comes near the screen (or code asks for one of its rows): a 20,000-unit book opens
// with two lists built, the others are placeholders of about their height.
const ROWS_PER_CHUNK = 40;
const BUILT_AT_START = 2;
const ROW_HEIGHT_GUESS_PX = 64;
const BUILD_AHEAD = '1500px 0px';

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
  // hits: the server's answer for the query, a Map of unit id → { source, target } spans (null: no search).
  let filter = { status: 'all', hits: null };
  let chunks = [];
  let options = null;
  // Chunks that came near the screen wait here and are built one per animation frame, so a fast
  // scroll that brings several near at once never builds them all in one long frame.
  const waiting = new Set();
  let frame = 0;
  const observer = typeof IntersectionObserver === 'undefined' ? null
    : new IntersectionObserver((seen) => {
      for (const item of seen) if (item.isIntersecting) waiting.add(chunks[Number(item.target.dataset.chunk)]);
      if (waiting.size && !frame) frame = requestAnimationFrame(buildWaiting);
    }, { rootMargin: BUILD_AHEAD });

  function stopBuilding() {
    if (observer) observer.disconnect();
    waiting.clear();
    cancelAnimationFrame(frame);
    frame = 0;
  }

  function buildWaiting() {
    frame = 0;
    const [next] = waiting;
    if (!next) return;
    waiting.delete(next);
    build(next);
    if (waiting.size) frame = requestAnimationFrame(buildWaiting);
  }

  /** Builds the rows of one chunk ({ element, entries, built }) if they are not built yet. */
  function build(chunk) {
    if (!chunk || chunk.built) return;
    chunk.built = true;
    if (observer) observer.unobserve(chunk.element);
    const rows = chunk.entries.map((entry) => {
      const row = buildRow(entry, options);
      row.hidden = entry.hidden;
      if (hitOf(entry)) refresh(entry);
      return row;
    });
    chunk.element.style.minHeight = '';
    chunk.element.replaceChildren(...rows);
  }

  function guessHeight(chunk) {
    if (!chunk.built) chunk.element.style.minHeight = `${chunk.entries.filter((entry) => !entry.hidden).length * ROW_HEIGHT_GUESS_PX}px`;
  }

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
        state: initial(unit), hidden: false, shownHit: null, chunk: Math.floor(index / ROWS_PER_CHUNK), parts: null,
        // The row's parts (see editor-rows.js), built with the row's chunk on first use.
        get el() {
          if (!this.parts) build(chunks[this.chunk]);
          return this.parts;
        },
        set el(parts) {
          this.parts = parts;
        },
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
    options = { sourceLanguage: doc.sourceLanguage, targetLanguage: language, targetDir };
    stopBuilding();
    chunks = [];
    for (const entry of entries) {
      const before = carried.get(entry.state.unit.id);
      if (before && before.state.unit.rev === entry.state.unit.rev) {
        entry.state = { ...entry.state, draft: before.state.draft, entered: before.state.entered,
          phase: before.state.draft !== null ? 'unsaved' : 'saved' };
      }
      if (entry.index % ROWS_PER_CHUNK === 0) {
        chunks.push({ element: h('ol', { class: 'unit-chunk', start: entry.index + 1, dataset: { chunk: String(chunks.length) } }),
          entries: [], built: false });
      }
      chunks.at(-1).entries.push(entry);
    }
    element.replaceChildren(...chunks.map((chunk) => chunk.element));
    chunks.forEach((chunk, index) => {
      if (index < BUILT_AT_START || !observer) build(chunk);
      else {
        guessHeight(chunk);
        observer.observe(chunk.element);
      }
    });
    return entries;
  }

  const hitOf = (entry) => (filter.hits ? filter.hits.get(entry.state.unit.id) || null : null);

  function refresh(entry) {
    if (entry.parts) refreshRow(entry, hitOf(entry));
  }

  /** Applies a filter ({ status, hits }, each optional); answers how many rows are shown. */
  function applyFilter(next = {}) {
    filter = { ...filter, ...next };
    let shown = 0;
    for (const entry of entries) {
      const hit = hitOf(entry);
      const show = statusMatches(entry, filter.status) && (!filter.hits || hit !== null);
      entry.hidden = !show;
      if (show) shown++;
      if (entry.parts) {
        entry.parts.row.hidden = !show;
        if (entry.shownHit !== hit) refresh(entry);
      }
    }
    chunks.forEach(guessHeight);
    return shown;
  }

  const visible = (entry) => Boolean(entry) && !entry.hidden;

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
    stop: stopBuilding,
    filter: () => filter,
  };
}
