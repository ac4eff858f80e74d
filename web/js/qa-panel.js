// The QA panel: every finding of the document with its severity, a badge on each row that has
// findings, jump to the segment (Enter or click), and ignoring a finding with a reason. The quick
// checks come first; spelling and grammar (LanguageTool, slow to load) follow when ready.
import { h } from './dom.js';
import { editorBridge } from './editor-bridge.js';

const REFRESH_DELAY_MS = 400;

export function mount(element, { api, documentId, language, editor: editorElement }) {
  const editor = editorBridge(editorElement);
  let mounted = true;
  let timer = null;
  let latest = 0;
  let report = null;
  let spellingLoaded = false;
  const summary = h('p', { class: 'qa-summary', role: 'status' }, 'Checking…');
  const list = h('ol', { class: 'qa-list' });
  element.classList.add('qa-panel');
  element.replaceChildren(h('h2', {}, 'Quality checks'), summary, list,
    h('p', { class: 'panel-help' }, 'Enter or click a finding to go to its segment · ', h('kbd', {}, 'Alt+Q'), ' next finding'));

  async function refresh() {
    const request = ++latest;
    try {
      const quick = await api.qaReport(documentId, language, spellingLoaded);
      if (!mounted || request !== latest) return;
      show(quick, spellingLoaded);
      if (!spellingLoaded) {
        const full = await api.qaReport(documentId, language, true);
        spellingLoaded = true;
        if (mounted && request === latest) show(full, true);
      }
    } catch (error) {
      if (mounted && request === latest) summary.textContent = `Quality checks: ${error.message}`;
    }
  }

  function show(next, withSpelling) {
    report = next;
    const { errors, warnings, ignored } = report.totals;
    summary.textContent = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
      + `${ignored ? `, ${ignored} ignored` : ''}${withSpelling ? '' : ' · checking spelling and grammar…'}`;
    const items = [];
    const badges = new Map();
    for (const unit of report.units) {
      const open = unit.findings.filter((finding) => !finding.ignoredReason);
      if (open.length) badges.set(unit.unit, open.some((finding) => finding.severity === 'error') ? 'error' : 'warning');
      for (const finding of unit.findings) items.push(item(unit, finding));
    }
    list.replaceChildren(...items);
    editor.setBadges(badges, (unitId) => report.units.find((unit) => unit.unit === unitId)?.findings.length || 0);
  }

  function item(unit, finding) {
    const ignore = h('button', { type: 'button', class: 'secondary qa-ignore' }, finding.ignoredReason ? 'Show again' : 'Ignore…');
    const entry = h('li', { class: `qa-finding ${finding.severity}${finding.ignoredReason ? ' ignored' : ''}`, tabindex: '0',
      dataset: { unit: unit.unit, check: finding.check } },
    h('span', { class: `qa-severity ${finding.severity}` }, finding.severity === 'error' ? '✗ error' : '⚠ warning'),
    h('span', { class: 'qa-check' }, finding.check),
    h('span', { class: 'qa-where' }, `segment ${editor.labelOf(unit.unit)}`),
    h('p', { class: 'qa-message' }, finding.message),
    finding.ignoredReason ? h('p', { class: 'qa-ignored' }, `Ignored: ${finding.ignoredReason}${finding.ignoredBy ? ` (${finding.ignoredBy})` : ''}`) : null,
    ignore);
    entry.addEventListener('click', (event) => {
      if (event.target !== ignore) editor.jumpTo(unit.unit);
    });
    entry.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === entry) editor.jumpTo(unit.unit);
    });
    ignore.addEventListener('click', () => toggleIgnore(unit, finding, entry, ignore));
    return entry;
  }

  async function toggleIgnore(unit, finding, entry, button) {
    try {
      if (finding.ignoredReason) {
        await api.unignoreFinding(documentId, language, unit.unit, finding.key);
        refresh();
        return;
      }
      const reason = h('input', { class: 'qa-reason', 'aria-label': 'Why this finding can be ignored', placeholder: 'Why is this fine?', maxlength: 300 });
      const form = h('form', { class: 'qa-ignore-form' }, reason, h('button', { type: 'submit' }, 'Ignore'));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!reason.value.trim()) return;
        await api.ignoreFinding(documentId, language, unit.unit, { key: finding.key, reason: reason.value, by: editor.translator() });
        refresh();
      });
      button.replaceWith(form);
      reason.focus();
    } catch (error) {
      entry.append(h('p', { class: 'error' }, error.message));
    }
  }

  function nextFinding() {
    const items = [...list.querySelectorAll('.qa-finding:not(.ignored)')];
    if (!items.length) return;
    const at = items.indexOf(document.activeElement);
    const next = items[(at + 1) % items.length];
    next.focus();
    editor.jumpTo(next.dataset.unit, { focus: false });
  }

  function onSaved(event) {
    const { documentId: savedDocument, language: savedLanguage } = event.detail || {};
    if (savedDocument !== documentId || savedLanguage !== language) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  }

  function onKey(event) {
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyQ') {
      event.preventDefault();
      nextFinding();
    }
  }

  window.addEventListener('tandem:unit-saved', onSaved);
  document.addEventListener('keydown', onKey);
  refresh();
  return {
    unmount() {
      mounted = false;
      editor.close();
      clearTimeout(timer);
      window.removeEventListener('tandem:unit-saved', onSaved);
      document.removeEventListener('keydown', onKey);
    },
  };
}
