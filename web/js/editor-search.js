// Search and replace in the editor: asks the server (GET …/search, which folds case, accents,
// apostrophes and spaces), shows the hits through the unit list's filter, and replaces with a
// preview, each replacement a normal save of the unit through the saver (history, conflicts).
import { replacePreview } from './replace-preview.js';
import { tokened } from './inline-codes.js';

const SEARCH_AGAIN_MS = 400;

/**
 * list()          the unit list; filter(next, note) applies a filter and shows the count;
 * toolbar         search() gives the current search; focusSearch(), focusReplace();
 * previewSlot     where the replacement preview goes; say(text) a message in the banner.
 */
export function editorSearch({ api, documentId, language, saver, list, filter, toolbar, previewSlot, say }) {
  let latest = 0;
  let again = null;

  function query(search, extra = {}) {
    const fields = { q: search.q, in: search.in, ...extra };
    for (const option of ['case', 'word', 'regex']) if (search[option]) fields[option] = 'true';
    return fields;
  }

  async function run(search) {
    const request = ++latest;
    if (!search.q) {
      filter({ hits: null });
      return;
    }
    try {
      const found = await api.search(documentId, language, query(search));
      if (request === latest) filter({ hits: new Map(found.hits.map((hit) => [hit.unit, hit])) });
    } catch (error) {
      if (request === latest) filter({}, `⚠ ${error.message}`);
    }
  }

  /** A search under way is forgotten (the filter was reset). */
  function cancel() {
    latest++;
  }

  /** After saves: the marks were found in the text before them, so look again once saves settle. */
  function refreshSoon() {
    if (!list().filter().hits) return;
    clearTimeout(again);
    again = setTimeout(() => run(toolbar.search()), SEARCH_AGAIN_MS);
  }

  async function preview(replacement) {
    const search = toolbar.search();
    if (!search.q) {
      say('Type what to find in Search first, then what to put instead.');
      toolbar.focusSearch();
      return;
    }
    try {
      const found = await api.search(documentId, language, query(search, { in: 'target', replace: replacement }));
      const entry = (id) => list().byId(id);
      const view = replacePreview({
        hits: found.hits,
        labelOf: (id) => (entry(id) ? entry(id).label : id),
        textOf: (id) => (entry(id) ? entry(id).state.unit.target : ''),
        onReplace: (hits) => replace(hits),
        onUndo: (ids) => undo(ids),
        onClose: () => { previewSlot.replaceChildren(); toolbar.focusReplace(); },
      });
      previewSlot.replaceChildren(view.element);
      view.focus();
    } catch (error) {
      say(`No preview: ${error.message}`);
    }
  }

  // What each replacement took away and the revision it made, for Undo: unit id → { target, status, rev }.
  const undoable = new Map();

  // A unit that changed since the preview, or has an edit not saved yet, is left alone.
  async function replace(hits) {
    const replaced = [];
    const skipped = [];
    for (const hit of hits) {
      const entry = list().byId(hit.unit);
      if (!entry || entry.state.unit.rev !== hit.rev || entry.state.draft !== null || entry.state.phase !== 'saved') {
        skipped.push(hit.unit);
        continue;
      }
      const before = { target: entry.state.unit.target, status: entry.state.unit.status };
      saver.typed(entry, tokened(hit.replaced, hit.replacedCodes));
      if (await saver.flush(entry)) {
        replaced.push(hit.unit);
        undoable.set(hit.unit, { ...before, rev: entry.state.unit.rev });
      } else {
        skipped.push(hit.unit);
      }
    }
    run(toolbar.search());
    return { replaced, skipped };
  }

  // Puts back the targets the replacements took away, each a new revision; a unit edited since is left alone.
  async function undo(ids) {
    const undone = [];
    const kept = [];
    for (const id of ids) {
      const entry = list().byId(id);
      const before = undoable.get(id);
      if (!entry || !before || entry.state.unit.rev !== before.rev || entry.state.draft !== null || entry.state.phase !== 'saved') {
        kept.push(id);
        continue;
      }
      saver.typed(entry, before.target);
      await saver.save(entry, before.status);
      if (await saver.flush(entry)) {
        undone.push(id);
        undoable.delete(id);
      } else {
        kept.push(id);
      }
    }
    run(toolbar.search());
    return { undone, kept };
  }

  return { run, cancel, refreshSoon, preview, stop: () => clearTimeout(again) };
}
