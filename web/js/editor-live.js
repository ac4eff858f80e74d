// Other translators' saves, live (server-sent events), and the conflict view when two versions
// meet. A unit nobody edits here updates in place; a unit with a local edit is never touched: it is
// marked, and the next save (or Compare now) shows both versions with the three choices.
import { h } from './dom.js';
import { conflictView } from './editor-rows.js';
import { editorUnit } from './inline-codes.js';

/**
 * list() the unit list; active() the active entry; activate(entry, options) moves the editor;
 * notice(entry, text, ...extra) a message on a row; onSaved(unit) someone's save arrived;
 * reload() fetch every unit again (merged or split elsewhere); say(text) the banner.
 */
export function editorLive({ api, documentId, language, saver, list, active, activate, notice, onSaved, reload, say }) {
  let events = null;
  let stopped = false;

  function showConflict(entry) {
    const { theirs, mine } = entry.state.conflict;
    const choose = (choice) => () => {
      notice(entry, '');
      saver.choose(entry, choice);
      if (choice === 'merge') {
        activate(entry);
        notice(entry, 'Both versions are in the editor: edit them into one, then confirm with Ctrl+Enter.');
      }
    };
    const view = conflictView(entry, theirs, mine,
      { keepMine: choose('keep-mine'), takeTheirs: choose('take-theirs'), editMerge: choose('merge') });
    entry.el.notice.replaceChildren(view);
    // The translator may have moved on (Ctrl+Enter moves at once): bring the keyboard back to the choices.
    if (entry !== active()) activate(entry, { focus: false });
    const first = view.querySelector('button');
    if (first) first.focus();
  }

  function remoteSave(unit) {
    const entry = list() && list().byId(unit.id);
    if (!entry) return;
    const effect = saver.remote(entry, unit);
    if (effect === 'updated') notice(entry, `Updated by ${unit.by || 'someone else'}.`);
    if (effect === 'warned') {
      notice(entry, `⚠ ${unit.by || 'Someone else'} saved another version while you edit. Your text is kept; saving shows both. `,
        h('button', { type: 'button', class: 'secondary compare', onclick: () => { saver.compare(entry, unit); showConflict(entry); } },
          'Compare now'));
    }
    if (effect !== 'ignored') onSaved(unit);
  }

  function listen() {
    if (typeof EventSource === 'undefined') return;
    events = new EventSource(api.eventsUrl(documentId, language));
    events.addEventListener('unit', (event) => remoteSave(editorUnit(JSON.parse(event.data))));
    events.addEventListener('units', () => reload());
    events.addEventListener('open', () => say(''));
    events.addEventListener('error', () => {
      if (!stopped) say('Live updates interrupted; reconnecting…');
    });
  }

  function stop() {
    stopped = true;
    if (events) events.close();
  }

  return { listen, stop, showConflict };
}
