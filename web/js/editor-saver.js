// Carries out the save rules of save-state.js: the autosave pause, one request per unit at a time,
// the server's answers. Each entry holds its rule state in entry.state; this module only adds the
// timers and the HTTP calls, and reports back through callbacks.
import * as rules from './save-state.js';

/**
 * onChange(entry)            the entry's state changed (re-render its row, the page status)
 * onConflict(entry)          a save was refused: show both versions
 * onSaved(entry, unit)       the server stored a unit
 * by()                       the translator's name for the save
 */
export function createSaver({ api, documentId, language, delayMs, by, onChange, onConflict, onSaved }) {
  const timers = new Map();
  const running = new Map();

  function set(entry, state) {
    entry.state = state;
    onChange(entry);
  }

  function cancelTimer(entry) {
    clearTimeout(timers.get(entry));
    timers.delete(entry);
  }

  function schedule(entry) {
    cancelTimer(entry);
    timers.set(entry, setTimeout(() => save(entry), delayMs));
  }

  /** A keystroke: the text becomes a draft, saved after the pause. */
  function typed(entry, target) {
    set(entry, rules.typed(entry.state, target));
    if (entry.state.phase !== 'conflict') schedule(entry);
  }

  /** Saves now (with the status the translator chose, if any); resolves when this save is answered. */
  async function save(entry, status = null) {
    cancelTimer(entry);
    const { state, request } = rules.beginSave(entry.state, status);
    set(entry, state);
    if (!request) return running.get(entry);
    const done = send(entry, request);
    running.set(entry, done);
    await done;
    if (running.get(entry) === done) running.delete(entry);
    return undefined;
  }

  async function send(entry, request) {
    try {
      const saved = await api.saveUnit(documentId, language, entry.state.unit.id, { ...request, by: by() || null },
        entry.state.unit.sourceCodes);
      set(entry, rules.saveSucceeded(entry.state, saved, request));
      onSaved(entry, saved);
    } catch (error) {
      if (error.status === 409 && error.body && error.body.current) {
        set(entry, rules.saveRefused(entry.state, error.body.current, request));
        onConflict(entry);
        return;
      }
      set(entry, rules.saveFailed(entry.state, error.message));
    }
    if (entry.state.again) await save(entry);
    else if (entry.state.phase === 'unsaved') schedule(entry);
  }

  /** Saves what is pending and waits; true when the unit ends up stored (no conflict, no failure). */
  async function flush(entry) {
    if (entry.state.draft !== null || entry.state.inFlight !== null || entry.state.pendingStatus !== null) {
      await save(entry);
      while (running.has(entry)) await running.get(entry);
    }
    return entry.state.phase !== 'conflict' && entry.state.phase !== 'failed';
  }

  /** Revert (Esc): resolves with the effect, 'none', 'dropped' or 'save' (stored as a new revision). */
  async function revert(entry) {
    cancelTimer(entry);
    const { state, effect } = rules.revert(entry.state);
    set(entry, state);
    if (effect === 'save') await flush(entry);
    return effect;
  }

  /** The translator's choice in a conflict: 'keep-mine', 'take-theirs' or 'merge'. */
  function choose(entry, choice) {
    if (choice === 'keep-mine') {
      set(entry, rules.keepMine(entry.state));
      save(entry);
    } else if (choice === 'take-theirs') {
      set(entry, rules.takeTheirs(entry.state));
    } else {
      set(entry, rules.mergeBoth(entry.state));
    }
  }

  /** Someone else saved this unit; resolves to the effect (see save-state.js remoteSaved). */
  function remote(entry, unit) {
    const { state, effect } = rules.remoteSaved(entry.state, unit);
    if (effect !== 'ignored') set(entry, state);
    if (effect === 'accepted') cancelTimer(entry);
    return effect;
  }

  /** Shows both versions now, before any save: the translator asked to compare. */
  function compare(entry, theirs) {
    cancelTimer(entry);
    set(entry, rules.compare(entry.state, theirs));
  }

  /** Takes a unit the server handed back outside a save (a restore, an import). */
  function accept(entry, unit) {
    cancelTimer(entry);
    set(entry, { ...rules.initial(unit), entered: entry.state.entered });
  }

  return { typed, save, schedule, flush, revert, choose, remote, compare, accept, cancel: cancelTimer };
}
