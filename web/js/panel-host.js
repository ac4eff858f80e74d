// Where panels mount in the editor, and what they may ask of it. Two slots: the tool bar strip
// (compact: coverage, export and import, align) and the side panel beside the segments (the unit's
// note and comments today; translation-memory matches, glossary terms, QA findings and inline codes
// are meant to mount here as their own modules, listed in panels.js).
//
// A panel is a module exporting mount(element, { api, documentId, language, editor }) that returns
// { unmount() }. `editor` is what the panel may use, instead of window events:
//   editor.on(event, callback) → off()   events: 'active' ({ unit, sourceText, label, text }),
//                                         'saved' (unit), 'changed' ({ unit, text }), 'reloaded' (units)
//   editor.active()                       the active unit as in 'active', or null
//   editor.insert(text)                   put text into the translation at the cursor (a match, a term)
//   editor.reload(message)                fetch the translation again (after an import), message kept
//   editor.onShortcut(id, run) → off()    run an action of the shortcut table (shortcuts.js)
//   editor.saveNote(unitId, note), editor.addComment(unitId, text), editor.resolveComment(unitId, id)
//   editor.jump(unitId, { focus })        make a unit active (a QA finding's segment)
//   editor.row(unitId)                    a unit's row element (marks in its source, a badge in its head)
//   editor.selectedText()                 the text selected in the translation

export function createPanelHost({ api, documentId, language, editor }) {
  const listeners = new Map();
  const shortcuts = new Map();
  const mounted = [];

  function on(event, callback) {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(callback);
    return () => listeners.get(event).delete(callback);
  }

  function emit(event, detail) {
    for (const callback of listeners.get(event) || []) {
      try {
        callback(detail);
      } catch (error) {
        console.error(`panel failed on ${event}`, error);
      }
    }
  }

  function onShortcut(id, run) {
    shortcuts.set(id, run);
    return () => shortcuts.delete(id);
  }

  /** Runs a panel's shortcut; false when no panel took it. */
  function runShortcut(id) {
    const run = shortcuts.get(id);
    if (!run) return false;
    run();
    return true;
  }

  const context = { api, documentId, language, editor: { ...editor, on, onShortcut } };

  /** Mounts a panel module into a new element appended to `slot`; returns that element. */
  function register(panel, slot, { className = 'editor-panel', tag = 'div' } = {}) {
    const element = document.createElement(tag);
    element.className = className;
    slot.append(element);
    mounted.push(panel.mount(element, context));
    return element;
  }

  function unmountAll() {
    mounted.splice(0).forEach((panel) => panel && panel.unmount && panel.unmount());
    listeners.clear();
    shortcuts.clear();
  }

  return { register, emit, runShortcut, unmountAll };
}
