// The editor's coverage bar: refreshed after every save the editor reports, no reload.
import { h } from './dom.js';
import { coverageBar } from './coverage-bar.js';

const REFRESH_DELAY_MS = 150;

export function mount(element, { api, documentId, language, editor }) {
  let timer = null;
  let latest = 0;
  let mounted = true;
  element.classList.add('coverage-panel');

  async function refresh() {
    const request = ++latest;
    try {
      const report = await api.documentCoverage(documentId, language);
      if (!mounted || request !== latest || !report.entries.length) return;
      element.replaceChildren(coverageBar(report.entries[0], { label: 'Coverage' }));
    } catch (error) {
      if (mounted && request === latest) element.replaceChildren(h('p', { class: 'error' }, `Coverage: ${error.message}`));
    }
  }

  function onSaved() {
    // Saves come in bursts while typing; one request after the burst is enough.
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  }

  const offSaved = editor.on('saved', onSaved);
  const offReloaded = editor.on('reloaded', onSaved);
  refresh();
  return {
    unmount() {
      mounted = false;
      clearTimeout(timer);
      offSaved();
      offReloaded();
    },
  };
}
