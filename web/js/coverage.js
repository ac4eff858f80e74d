// The coverage view: a stacked bar per document and language, the totals, and words translated per day.
import { h, clear } from './dom.js';
import { coverageBar } from './coverage-bar.js';
import { progressChart } from './progress-chart.js';

const enc = encodeURIComponent;

export function mount(element, { api, documentId = null, language = null }) {
  let state = { report: null, error: null, chosen: documentId && language ? `${documentId}/${language}` : null, progress: null };
  let mounted = true;

  function update(next) {
    state = { ...state, ...next };
    render();
  }

  async function load() {
    try {
      const report = await api.coverage();
      const keys = report.entries.map((e) => `${e.document}/${e.language}`);
      const chosen = keys.includes(state.chosen) ? state.chosen : (keys[0] || null);
      if (mounted) update({ report, error: null, chosen });
      if (chosen) loadProgress(chosen);
    } catch (error) {
      if (mounted) update({ error: error.message });
    }
  }

  async function loadProgress(key) {
    const entry = state.report.entries.find((e) => `${e.document}/${e.language}` === key);
    try {
      const progress = await api.progress(entry.document, entry.language);
      if (mounted && state.chosen === key) update({ progress });
    } catch (error) {
      if (mounted) update({ error: error.message });
    }
  }

  function entryRow(entry) {
    return h('li', { class: 'coverage-entry', dataset: { document: entry.document, language: entry.language } },
      h('h3', {}, h('a', { href: `#/doc/${enc(entry.document)}/${enc(entry.language)}` },
        `${entry.title || entry.document} · ${entry.sourceLanguage} → ${entry.language}`)),
      coverageBar(entry));
  }

  function progressSection() {
    const { report, chosen, progress } = state;
    if (!report.entries.length) return null;
    const select = h('select', { id: 'progress-choice', onchange: (event) => {
      update({ chosen: event.target.value, progress: null });
      loadProgress(event.target.value);
    } }, report.entries.map((e) => {
      const key = `${e.document}/${e.language}`;
      return h('option', { value: key, selected: key === chosen }, `${e.language} · ${e.title || e.document}`);
    }));
    return h('section', { class: 'progress-section', 'aria-labelledby': 'progress-heading' },
      h('h2', { id: 'progress-heading' }, 'Translated per day'),
      h('label', { for: 'progress-choice' }, 'Document and language '), select,
      progress ? progressChart(progress) : h('p', {}, 'Loading…'));
  }

  function render() {
    clear(element);
    element.append(h('h1', {}, 'Coverage'));
    if (state.error) element.append(h('p', { class: 'error', role: 'alert' }, state.error));
    const { report } = state;
    if (!report) {
      element.append(h('p', {}, 'Loading…'));
      return;
    }
    if (!report.entries.length) {
      element.append(h('p', {}, 'No translations yet. Open a document in a target language to start one.'));
      return;
    }
    element.append(
      h('section', { class: 'coverage-totals', 'aria-labelledby': 'totals-heading' },
        h('h2', { id: 'totals-heading' }, `All documents: ${report.entries.length} translation${report.entries.length === 1 ? '' : 's'}`),
        coverageBar(report.totals)),
      h('ul', { class: 'coverage-entries' }, report.entries.map(entryRow)),
      progressSection());
  }

  render();
  load();
  return { unmount() { mounted = false; } };
}
