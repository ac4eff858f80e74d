// Side panel: the QA findings of the whole translation, a badge on each row that has findings,
// Enter or a click to go to a finding's segment (Alt+Q: the next one), and ignoring a finding with
// a reason. The quick checks show first; spelling and grammar (LanguageTool, slow to load) follow.
import { h } from './dom.js';
import { keysOf } from './shortcuts.js';
import { translatorName } from './dialogs.js';

const REFRESH_DELAY_MS = 400;
/** localStorage key: 'off' leaves spelling and grammar out (LanguageTool's first check takes seconds). */
const SPELLING_KEY = 'tandem.spelling';

export function mount(element, { api, documentId, language, editor }) {
  let mounted = true;
  let timer = null;
  let latest = 0;
  let report = null;
  const spellingOff = localStorage.getItem(SPELLING_KEY) === 'off';
  let spellingLoaded = false;
  const summary = h('p', { class: 'qa-summary', role: 'status' }, 'Checking…');
  const list = h('ol', { class: 'qa-list' });
  element.classList.add('qa-panel');
  element.append(h('h2', {}, 'Quality checks'), summary, list,
    h('p', { class: 'panel-help' }, 'Enter or click: go to the segment · ', h('kbd', {}, keysOf('next-finding')), ' next finding'));

  async function refresh() {
    const request = ++latest;
    try {
      show(await api.qaReport(documentId, language, spellingLoaded), spellingLoaded, request);
      if (!spellingLoaded && !spellingOff) {
        const full = await api.qaReport(documentId, language, true);
        spellingLoaded = true;
        show(full, true, request);
      }
    } catch (error) {
      if (mounted && request === latest) summary.textContent = `Quality checks: ${error.message}`;
    }
  }

  function show(next, withSpelling, request) {
    if (!mounted || request !== latest) return;
    // "Not translated yet" is the coverage bar's business: counted here, not listed or badged.
    const untranslated = next.units.filter((unit) => unit.findings.some((finding) => finding.check === 'untranslated')).length;
    report = { ...next, units: next.units.map((unit) => ({ ...unit, findings: unit.findings.filter((finding) => finding.check !== 'untranslated') }))
      .filter((unit) => unit.findings.length) };
    const all = report.units.flatMap((unit) => unit.findings);
    const open = all.filter((finding) => !finding.ignoredReason);
    const errors = open.filter((finding) => finding.severity === 'error').length;
    const warnings = open.length - errors;
    const ignored = all.length - open.length;
    summary.textContent = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
      + `${ignored ? `, ${ignored} ignored` : ''}${untranslated ? ` · ${untranslated} not translated yet` : ''}`
      + `${withSpelling ? '' : spellingOff ? ' · spelling and grammar off' : ' · checking spelling and grammar…'}`;
    list.replaceChildren(...report.units.flatMap((unit) => unit.findings.map((finding) => item(unit, finding))));
    badges();
  }

  function badges() {
    element.ownerDocument.querySelectorAll('.qa-badge').forEach((badge) => badge.remove());
    if (!report) return;
    for (const unit of report.units) {
      const open = unit.findings.filter((finding) => !finding.ignoredReason);
      const head = open.length && editor.row(unit.unit) && editor.row(unit.unit).querySelector('.unit-head');
      if (!head) continue;
      const severity = open.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
      head.append(h('span', { class: `qa-badge qa-${severity}`, title: open.map((finding) => finding.message).join('\n') },
        `${severity === 'error' ? '✗' : '⚠'} ${open.length}`));
    }
  }

  function label(unitId) {
    const row = editor.row(unitId);
    const number = row && row.querySelector('.unit-number');
    return number ? number.textContent : unitId;
  }

  function item(unit, finding) {
    const ignore = h('button', { type: 'button', class: 'secondary qa-ignore' }, finding.ignoredReason ? 'Show again' : 'Ignore…');
    const entry = h('li', { class: `qa-finding qa-${finding.severity}${finding.ignoredReason ? ' ignored' : ''}`, tabindex: '0',
      dataset: { unit: unit.unit, check: finding.check } },
    h('span', { class: `qa-severity qa-${finding.severity}` }, finding.severity === 'error' ? '✗ error' : '⚠ warning'),
    h('span', { class: 'qa-check' }, finding.check),
    h('span', { class: 'qa-where' }, `segment ${label(unit.unit)}`),
    h('p', { class: 'qa-message' }, finding.message),
    finding.ignoredReason ? h('p', { class: 'qa-ignored' }, `Ignored: ${finding.ignoredReason}${finding.ignoredBy ? ` (${finding.ignoredBy})` : ''}`) : null,
    ignore);
    entry.addEventListener('click', (event) => {
      if (!event.target.closest('button, form')) editor.jump(unit.unit);
    });
    entry.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === entry) editor.jump(unit.unit);
    });
    ignore.addEventListener('click', () => toggleIgnore(unit, finding, entry, ignore));
    return entry;
  }

  async function toggleIgnore(unit, finding, entry, button) {
    if (finding.ignoredReason) {
      try {
        await api.unignoreFinding(documentId, language, unit.unit, finding.key);
        refresh();
      } catch (error) {
        entry.append(h('p', { class: 'error' }, error.message));
      }
      return;
    }
    const reason = h('input', { class: 'qa-reason', 'aria-label': 'Why this finding is fine', placeholder: 'Why is this fine?', maxlength: 300 });
    const form = h('form', { class: 'qa-ignore-form' }, reason, h('button', { type: 'submit' }, 'Ignore'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) return;
      try {
        await api.ignoreFinding(documentId, language, unit.unit, { key: finding.key, reason: reason.value, by: translatorName() || null });
        refresh();
      } catch (error) {
        entry.append(h('p', { class: 'error' }, error.message));
      }
    });
    button.replaceWith(form);
    reason.focus();
  }

  function nextFinding() {
    const items = [...list.querySelectorAll('.qa-finding:not(.ignored)')];
    if (!items.length) return;
    const next = items[(items.indexOf(document.activeElement) + 1) % items.length];
    editor.jump(next.dataset.unit, { focus: false });
    next.focus();
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  }

  const offs = [editor.on('saved', later), editor.on('reloaded', () => badges()), editor.onShortcut('next-finding', nextFinding)];
  refresh();
  return {
    unmount() {
      mounted = false;
      clearTimeout(timer);
      offs.forEach((off) => off());
    },
  };
}
