// The save and conflict rules of one unit as plain data and functions: no DOM, no timers, no HTTP.
// The editor keeps one such state per unit, asks these functions what a keystroke, a save, a refusal
// or someone else's save means, and carries out the answer (see editor-saver.js).
//
// A state: { unit, draft, phase, inFlight, again, pendingStatus, remote, conflict, error, entered }
//   unit          the unit as the server last confirmed it
//   draft         the translator's text not yet confirmed by the server, or null
//   phase         'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict'
//   inFlight      the target of the save under way, or null
//   again         a save was asked for while one was under way: send another when it answers
//   pendingStatus the status the translator chose (Ctrl+Enter, final, back to draft) not yet stored
//   remote        a newer unit someone else saved while this one has a draft
//   conflict      { theirs, mine } after a refused save, until the translator chooses
//   entered       { target, status } the unit had when the translator came to it (what Revert brings back)

export function initial(unit) {
  return {
    unit, draft: null, phase: 'saved', inFlight: null, again: false, pendingStatus: null,
    remote: null, conflict: null, error: null, entered: null,
  };
}

/** The text the translator sees: the draft, or else the stored target. */
export function text(state) {
  return state.draft ?? state.unit.target;
}

/**
 * What the row says about the unit: 'empty' (nothing typed), 'draft' (typed, not confirmed),
 * 'aligned' (filled by an alignment, not reviewed) or the stored status ('translated', 'reviewed', 'final').
 */
export function shownStatus(state) {
  if (text(state).trim() === '') return 'empty';
  // Filled in by an alignment and not looked at by a translator since.
  if (state.unit.aligned && !state.unit.sourceChanged) return 'aligned';
  return state.unit.status === 'initial' ? 'draft' : state.unit.status;
}

/**
 * The status an autosave writes: an empty target is initial; a draft stays initial; a confirmed
 * unit whose text changes goes back to translated (it has to be reviewed again).
 */
export function autosaveStatus(unit, target) {
  if (target.trim() === '') return 'initial';
  if (unit.status === 'initial' || unit.status === 'translated') return unit.status;
  return target === unit.target ? unit.status : 'translated';
}

/** The translator came to this unit: remember what it said, for Revert. */
export function enter(state) {
  return { ...state, entered: { target: state.unit.target, status: state.unit.status } };
}

/** A keystroke (or a paste, a copied source, a replacement): the text is now a draft. */
export function typed(state, target) {
  return { ...state, draft: target, phase: state.phase === 'conflict' ? 'conflict' : 'unsaved', error: null };
}

/**
 * Asks to save now, optionally with a status the translator chose. Answers { state, request }:
 * request is the body to send ({ baseRev, target, status }), or null when there is nothing to send
 * (nothing changed, a save is under way and another one will follow, or a conflict waits).
 */
export function beginSave(state, status = null) {
  const asked = status ? { ...state, pendingStatus: status } : state;
  if (asked.phase === 'conflict') return { state: asked, request: null };
  if (asked.inFlight !== null) return { state: { ...asked, again: true }, request: null };
  const target = text(asked);
  const wanted = target.trim() === '' ? 'initial' : (asked.pendingStatus || autosaveStatus(asked.unit, target));
  if (target === asked.unit.target && wanted === asked.unit.status) {
    return { state: { ...asked, draft: null, pendingStatus: null, phase: 'saved', error: null }, request: null };
  }
  return {
    state: { ...asked, inFlight: target, phase: 'saving', again: false, error: null },
    request: { baseRev: asked.unit.rev, target, status: wanted },
  };
}

/**
 * The server stored `saved` for `request`. A draft typed meanwhile stays: the state is then
 * 'unsaved' and, when `again` is set, wants another save at once (else after the usual pause).
 */
export function saveSucceeded(state, saved, request) {
  const draft = state.draft === saved.target ? null : state.draft;
  const pendingStatus = state.pendingStatus === request.status ? null : state.pendingStatus;
  const more = draft !== null || (state.again && pendingStatus !== null);
  return {
    ...state, unit: saved, draft, pendingStatus, inFlight: null, remote: null, error: null,
    again: more && state.again, phase: more ? 'unsaved' : 'saved',
  };
}

/** The save was refused because someone else saved first; `current` is their unit. */
export function saveRefused(state, current, request) {
  return { ...state, inFlight: null, again: false, phase: 'conflict', conflict: { theirs: current, mine: request.target } };
}

/** The save did not reach the server; the draft stays and the next edit or confirm retries. */
export function saveFailed(state, message) {
  return { ...state, inFlight: null, phase: 'failed', error: message || 'the server did not answer' };
}

/** The translator asks to compare with someone else's newer version before saving. */
export function compare(state, theirs) {
  return { ...state, phase: 'conflict', conflict: { theirs, mine: text(state) } };
}

/** The translator keeps their text: it is saved on top of the other version. */
export function keepMine(state) {
  const { theirs, mine } = state.conflict;
  return { ...state, unit: theirs, draft: mine, remote: null, conflict: null, phase: 'unsaved' };
}

/** The translator takes the other version; their own text is dropped. */
export function takeTheirs(state) {
  const { theirs } = state.conflict;
  return { ...state, unit: theirs, draft: null, pendingStatus: null, remote: null, conflict: null, phase: 'saved' };
}

/** Both versions go into the editor, to be edited into one and confirmed. */
export function mergeBoth(state) {
  const { theirs, mine } = state.conflict;
  const draft = mine === theirs.target ? mine : `${mine}\n${theirs.target}`;
  return { ...state, unit: theirs, draft, remote: null, conflict: null, phase: 'unsaved' };
}

/**
 * Someone else's save reached the page. Answers { state, effect }: effect is 'ignored' (old news or
 * the echo of our own save), 'comments' (the same revision with other comments: only they change,
 * whatever the translator is typing), 'updated' (nothing local: the row just shows it), 'accepted'
 * (they saved what the translator typed) or 'warned' (the translator has a different draft: kept,
 * and the next save shows both).
 */
export function remoteSaved(state, unit) {
  if (unit.rev === state.unit.rev && JSON.stringify(unit.comments || []) !== JSON.stringify(state.unit.comments || [])) {
    return { state: { ...state, unit: { ...state.unit, comments: unit.comments || [] } }, effect: 'comments' };
  }
  if (unit.rev <= state.unit.rev) return { state, effect: 'ignored' };
  if (state.inFlight !== null && unit.target === state.inFlight) return { state, effect: 'ignored' };
  if (state.draft === null && state.inFlight === null && state.phase !== 'conflict') {
    return { state: { ...state, unit }, effect: 'updated' };
  }
  if (state.draft === unit.target && state.inFlight === null) {
    return { state: { ...state, unit, draft: null, remote: null, phase: 'saved' }, effect: 'accepted' };
  }
  return { state: { ...state, remote: unit }, effect: 'warned' };
}

/**
 * Revert: back to what the unit said when the translator came to it. Answers { state, effect }:
 * 'none' (nothing to undo), 'dropped' (an edit not saved yet is thrown away) or 'save' (the
 * autosave already stored the edit: the entered text and status are to be saved as a new revision).
 */
export function revert(state) {
  if (state.phase === 'conflict') return { state, effect: 'none' };
  const entered = state.entered || { target: state.unit.target, status: state.unit.status };
  if (state.unit.target === entered.target && state.unit.status === entered.status && state.inFlight === null) {
    if (state.draft === null) return { state, effect: 'none' };
    return { state: { ...state, draft: null, pendingStatus: null, phase: 'saved', error: null }, effect: 'dropped' };
  }
  return { state: { ...state, draft: entered.target, pendingStatus: entered.status }, effect: 'save' };
}

/** One line for the whole page from every unit's phase. */
export function pageStatus(phases) {
  const all = new Set(phases);
  if (all.has('failed') || all.has('conflict')) return 'Some changes are not saved';
  if (all.has('saving') || all.has('unsaved')) return 'Saving…';
  return 'All changes saved';
}
