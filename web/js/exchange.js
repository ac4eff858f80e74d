// The exchange panel in the editor's tool strip: download the translation in a bilingual format or
// as the translated article, and upload a bilingual file (TMX, XLIFF, CSV/TSV) to fill targets.
import { h } from './dom.js';
import { keysOf, ariaKeysOf } from './shortcuts.js';

const FORMATS = [
  ['xliff', 'XLIFF 2.1'],
  ['xliff12', 'XLIFF 1.2'],
  ['tmx', 'TMX 1.4b (translated units)'],
  ['csv', 'CSV'],
  ['tsv', 'TSV'],
  ['html', 'Bilingual HTML (review)'],
  ['txt', 'Translated article (text)'],
  ['md', 'Translated article (Markdown)'],
  ['article-html', 'Translated article (web page)'],
  ['docx', 'Translated article (Word)'],
];

function reportText(report) {
  const parts = [`${report.units} units in the file`, `${report.matched} matched`, `${report.filled} filled`,
    `${report.unchanged} unchanged`];
  if (report.skippedNewer) parts.push(`${report.skippedNewer} skipped (changed in Tandem since the export)`);
  if (report.skippedExisting) parts.push(`${report.skippedExisting} skipped (already translated; tick “Overwrite” to replace)`);
  if (report.unmatched) parts.push(`${report.unmatched} unmatched`);
  return `Imported: ${parts.join(', ')}.`;
}

export function mount(element, { api, documentId, language, editor }) {
  const select = h('select', { id: 'export-format', 'aria-label': 'Export format' },
    FORMATS.map(([value, label]) => h('option', { value }, label)));
  const link = h('a', { id: 'export-download', class: 'button-link', download: '', 'aria-keyshortcuts': ariaKeysOf('download') },
    'Download ', h('kbd', {}, keysOf('download')));
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

  function report(message, kind = '') {
    result.className = kind ? `exchange-result ${kind}` : 'exchange-result';
    result.textContent = message;
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
    report('Importing…');
    try {
      const imported = await api.importBilingual(documentId, language, form);
      report(reportText(imported));
      if (imported.filled > 0) await editor.reload();
    } catch (error) {
      report(error.message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  // The file is fetched rather than followed as a link, so the page can show what the server says
  // about it (X-Tandem-Warning: units that fell back to the source) and the server's file name.
  async function download() {
    report('Preparing the download…');
    try {
      const exported = await api.exportFile(documentId, language, select.value);
      const url = URL.createObjectURL(exported.blob);
      const save = h('a', { href: url, download: exported.name });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (exported.warning) report(`Downloaded ${exported.name}. ⚠ ${exported.warning}.`, 'warning');
      else report(`Downloaded ${exported.name}.`);
    } catch (error) {
      report(`Not downloaded: ${error.message}`, 'error');
    }
  }

  const offShortcut = editor.onShortcut('download', download);
  element.classList.add('exchange-panel');
  element.append(h('div', { class: 'exchange' },
    h('span', { class: 'tool' }, h('label', { for: 'export-format' }, 'Export'), select, link),
    h('details', { class: 'tool-menu' },
      h('summary', {}, 'Import a bilingual file…'),
      h('form', { class: 'exchange-import', onsubmit: upload },
        h('label', { for: 'import-file' }, 'TMX, XLIFF, CSV or TSV '), file,
        h('label', { class: 'exchange-overwrite' }, overwrite, ' Overwrite translated units'), button)),
    result));
  return { unmount() { offShortcut(); } };
}
