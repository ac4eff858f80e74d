// The exchange panel in the editor's tool bar: download the translation in a bilingual format or as
// the translated article, and upload a bilingual file (TMX, XLIFF, CSV/TSV) to fill targets.
import { h } from './dom.js';

const FORMATS = [
  ['xliff', 'XLIFF 2.1'],
  ['xliff12', 'XLIFF 1.2'],
  ['tmx', 'TMX 1.4b (translated units)'],
  ['csv', 'CSV'],
  ['tsv', 'TSV'],
  ['html', 'Bilingual HTML (review)'],
  ['txt', 'Translated article (text)'],
  ['md', 'Translated article (Markdown)'],
];

// The editor is re-mounted after an import so the new targets show; the report survives that.
const lastReports = new Map();

function reportText(report) {
  const parts = [`${report.units} units in the file`, `${report.matched} matched`, `${report.filled} filled`,
    `${report.unchanged} unchanged`];
  if (report.skippedNewer) parts.push(`${report.skippedNewer} skipped (changed in Tandem since the export)`);
  if (report.skippedExisting) parts.push(`${report.skippedExisting} skipped (already translated; tick “Overwrite” to replace)`);
  if (report.unmatched) parts.push(`${report.unmatched} unmatched`);
  return `Imported: ${parts.join(', ')}.`;
}

export function mount(element, { api, documentId, language }) {
  const key = `${documentId}/${language}`;
  const select = h('select', { id: 'export-format' },
    FORMATS.map(([value, label]) => h('option', { value }, label)));
  const link = h('a', { id: 'export-download', class: 'button-link', download: '' }, 'Download ', h('kbd', {}, 'Alt+Shift+E'));
  const updateLink = () => { link.href = api.exportUrl(documentId, language, select.value); };
  select.addEventListener('change', updateLink);
  updateLink();
  link.addEventListener('click', (event) => {
    event.preventDefault();
    download();
  });

  const file = h('input', { id: 'import-file', type: 'file', accept: '.tmx,.xlf,.xliff,.csv,.tsv', required: true });
  const overwrite = h('input', { id: 'import-overwrite', type: 'checkbox' });
  const button = h('button', { type: 'submit' }, 'Import');
  const result = h('p', { class: 'exchange-result', role: 'status', 'aria-live': 'polite' });
  if (lastReports.has(key)) {
    result.textContent = lastReports.get(key);
    lastReports.delete(key);
  }

  async function upload(event) {
    event.preventDefault();
    if (!file.files.length) return;
    const form = new FormData();
    form.append('file', file.files[0]);
    form.append('overwrite', overwrite.checked ? 'true' : 'false');
    const by = localStorage.getItem('tandem.translator');
    if (by) form.append('by', by);
    button.disabled = true;
    result.className = 'exchange-result';
    result.textContent = 'Importing…';
    try {
      const report = await api.importBilingual(documentId, language, form);
      result.textContent = reportText(report);
      if (report.filled > 0) {
        lastReports.set(key, result.textContent);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
    } catch (error) {
      result.className = 'exchange-result error';
      result.textContent = error.message;
    } finally {
      button.disabled = false;
    }
  }

  // The file is fetched rather than followed as a link, so the page can show what the server says
  // about it (X-Tandem-Warning: units that fell back to the source) and the server's file name.
  async function download() {
    result.className = 'exchange-result';
    result.textContent = 'Preparing the download…';
    try {
      const file = await api.exportFile(documentId, language, select.value);
      const url = URL.createObjectURL(file.blob);
      const save = h('a', { href: url, download: file.name });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      result.className = file.warning ? 'exchange-result warning' : 'exchange-result';
      result.textContent = file.warning ? `Downloaded ${file.name}. ⚠ ${file.warning}.` : `Downloaded ${file.name}.`;
    } catch (error) {
      result.className = 'exchange-result error';
      result.textContent = `Not downloaded: ${error.message}`;
    }
  }

  function shortcut(event) {
    if (event.altKey && event.shiftKey && event.code === 'KeyE') {
      event.preventDefault();
      download();
    }
  }

  element.append(h('div', { class: 'exchange' },
    h('label', { for: 'export-format' }, 'Export '), select, link,
    h('form', { class: 'exchange-import', onsubmit: upload },
      h('label', { for: 'import-file' }, 'Import bilingual file '), file,
      h('label', { class: 'exchange-overwrite' }, overwrite, ' Overwrite'), button),
    result));
  window.addEventListener('keydown', shortcut);
  return { unmount() { window.removeEventListener('keydown', shortcut); } };
}
