// The documents view: every document with its target languages, adding a language, deleting a
// document, and importing a file (drag and drop or picker) with its source language.
import { h, clear } from './dom.js';
import { languageDatalist } from './languages.js';
import { confirmDialog } from './dialogs.js';
import { documentCoverage } from './coverage-bar.js';

const FORMATS = 'HTML, TXT, DOCX, ODT, RTF, PDF, EPUB, Markdown';

export function mount(element, { api, setPageStatus }) {
  let state = { documents: [], coverage: null, error: null, message: null, loaded: false, seeding: false };
  let unmounted = false;
  const importer = importPanel({ api, setPageStatus, onImported: async (imported) => {
    update({ message: `Imported “${imported.title}” (${imported.segments} segments).`, error: null });
    await load();
  }, onError: (error) => update({ error, message: null }) });

  function update(next) {
    state = { ...state, ...next };
    if (!unmounted) render();
  }

  async function load() {
    try {
      // The list is usable without its coverage bars, so a failed coverage request only leaves them out.
      const [documents, coverage] = await Promise.all([api.documents(), api.coverage().catch(() => null)]);
      update({ documents, coverage, loaded: true });
    } catch (error) {
      update({ error: error.message, loaded: true });
    }
  }

  // The server answers before it has imported the seeds: say so, and list them once they are in.
  async function watchSeeds() {
    let seeds;
    try {
      ({ seeds } = await api.startup());
    } catch {
      return;
    }
    if (unmounted) return;
    if (seeds.running) {
      update({ seeding: true });
      setTimeout(watchSeeds, 300);
    } else if (state.seeding || seeds.failure) {
      update({ seeding: false, error: seeds.failure ? `The seed documents were not imported: ${seeds.failure}` : state.error });
      await load();
    }
  }

  const link = (id, lang) => `#/doc/${encodeURIComponent(id)}/${encodeURIComponent(lang)}`;

  function languageItem(doc, lang) {
    const name = doc.title || doc.id;
    const remove = h('button', { type: 'button', class: 'secondary remove-language', 'aria-label': `Remove ${lang} from “${name}”`,
      onclick: async () => {
        const sure = await confirmDialog({ title: `Remove the ${lang} translation?`, confirmLabel: `Remove ${lang}`,
          message: `The ${lang} translation of “${name}” (its units, history, comments and progress) leaves the document. `
            + 'Its files are moved to the document’s trash folder in the store, not deleted.' });
        if (!sure) return;
        try {
          const removed = await api.removeLanguage(doc.id, lang);
          update({ message: `Removed ${lang} from “${name}”; its files are in ${removed.trash}.`, error: null });
          await load();
        } catch (error) {
          update({ error: `Cannot remove ${lang}: ${error.message}`, message: null });
        }
      } }, 'Remove…');
    return h('li', { class: 'language', dataset: { lang } },
      h('a', { class: 'language-link', href: link(doc.id, lang), lang: 'en' }, `Translate into ${lang}`), remove);
  }

  function documentCard(doc, coverage) {
    const name = doc.title || doc.id;
    const languageInput = h('input', {
      name: 'lang', list: 'common-languages', required: true, size: 8, id: `add-lang-${doc.id}`,
      placeholder: 'fr', pattern: '[A-Za-z]{2,3}([\\-_][A-Za-z0-9]{2,8})*',
    });
    const addForm = h('form', { class: 'inline-form add-language', onsubmit: async (event) => {
      event.preventDefault();
      const lang = languageInput.value.trim();
      try {
        await api.addLanguage(doc.id, lang);
        location.hash = link(doc.id, lang);
      } catch (error) {
        update({ error: `Cannot add ${lang}: ${error.message}`, message: null });
      }
    } },
    h('label', { for: `add-lang-${doc.id}` }, 'Add a target language'), languageInput,
    h('button', { type: 'submit', class: 'secondary' }, 'Add and open'));
    const remove = h('button', { type: 'button', class: 'danger delete-document', onclick: async () => {
      const sure = await confirmDialog({ title: 'Delete this document?', confirmLabel: 'Delete document',
        message: `“${name}” and all its translations (${doc.languages.join(', ') || 'none yet'}) will be deleted from the store. This cannot be undone here.` });
      if (!sure) return;
      try {
        await api.deleteDocument(doc.id);
        update({ message: `Deleted “${name}”.`, error: null });
        await load();
      } catch (error) {
        update({ error: `Cannot delete: ${error.message}`, message: null });
      }
    } }, 'Delete…');
    return h('li', { class: 'document', dataset: { id: doc.id } },
      h('div', { class: 'document-head' },
        h('h2', { lang: doc.sourceLanguage, dir: 'auto' }, name),
        remove),
      h('p', { class: 'meta' }, `${doc.id} · source ${doc.sourceLanguage} · ${doc.segments} segments`),
      doc.languages.length
        ? h('ul', { class: 'languages', 'aria-label': `Translations of ${name}` }, doc.languages.map((lang) => languageItem(doc, lang)))
        : h('p', { class: 'languages' }, 'No translation yet: add a target language.'),
      documentCoverage(coverage),
      addForm);
  }

  function render() {
    clear(element);
    element.append(...[
      languageDatalist(h, 'common-languages'),
      h('h1', {}, 'Documents'),
      state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null,
      state.message ? h('p', { class: 'notice', role: 'status' }, state.message) : null,
      state.seeding ? h('p', { class: 'seeding', role: 'status' }, 'Importing the seed documents… they appear here when ready.') : null,
      h('div', { class: 'documents-layout' },
        state.documents.length
          ? h('ul', { class: 'documents' }, state.documents.map((doc) => documentCard(doc, coverageOf(doc))))
          : h('p', {}, !state.loaded || state.seeding ? 'Loading…' : 'No documents yet. Import one.'),
        importer.element)].filter(Boolean));
  }

  function coverageOf(doc) {
    return state.coverage ? state.coverage.entries.filter((entry) => entry.document === doc.id) : [];
  }

  render();
  load();
  watchSeeds();
  return { unmount() { unmounted = true; } };
}

function importPanel({ api, setPageStatus, onImported, onError }) {
  const file = h('input', { type: 'file', name: 'file', required: true, id: 'import-file' });
  const lang = h('input', { name: 'lang', list: 'common-languages', size: 8, id: 'import-lang', placeholder: 'en', required: true });
  const preview = h('p', { class: 'preview', role: 'status', 'aria-live': 'polite' });
  // Shown when the file's id is taken: what that document holds, and the two ways on. The default
  // is a new document under a free id; replacing is never chosen for the translator.
  const collision = h('fieldset', { class: 'collision', hidden: true });
  const dropZone = h('div', { class: 'drop-zone' },
    h('p', {}, 'Drop a file here, or'),
    h('label', { for: 'import-file', class: 'file-label' }, `Choose a file (${FORMATS})`), file);
  let previewed = null;

  async function showPreview() {
    const chosen = file.files[0];
    previewed = null;
    if (!chosen) {
      preview.textContent = '';
      return;
    }
    preview.textContent = `Reading ${chosen.name}…`;
    const data = new FormData();
    data.append('file', chosen);
    try {
      const found = await api.preview(data);
      previewed = found;
      showCollision(found);
      if (found.language && !lang.value) lang.value = found.language;
      preview.textContent = `${chosen.name}: “${found.title || 'untitled'}”, ${found.blocks} blocks. `
        + (found.language ? `The file says it is in ${found.language}.` : 'The file does not say its language: choose it.');
      preview.classList.remove('error');
    } catch (error) {
      showCollision(null);
      preview.textContent = `${chosen.name} cannot be imported: ${error.message}`;
      preview.classList.add('error');
    }
  }

  function showCollision(found) {
    clear(collision);
    collision.hidden = !(found && found.existing);
    if (collision.hidden) return;
    const { id, title, translated } = found.existing;
    const counts = Object.entries(translated);
    const held = counts.length
      ? counts.map(([language, units]) => `${units} ${units === 1 ? 'unit' : 'units'} translated into ${language}`).join(', ')
      : 'no translations yet';
    const choice = (value, label, checked) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'collision', value, checked, id: `collision-${value}` }), ' ', label);
    collision.append(
      h('legend', {}, `A document “${id}” already exists`),
      h('p', { class: 'collision-facts' }, `“${title}”, ${held}. This file is different.`),
      choice('new', `Import as a new document (${found.freeId})`, true),
      choice('replace', `Replace “${id}” with this file as its new version (translations of unchanged sentences are kept, changed ones flagged “source changed”)`, false));
  }

  file.addEventListener('change', showPreview);
  for (const type of ['dragenter', 'dragover']) {
    dropZone.addEventListener(type, (event) => { event.preventDefault(); dropZone.classList.add('dragging'); });
  }
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    if (event.dataTransfer && event.dataTransfer.files.length) {
      file.files = event.dataTransfer.files;
      showPreview();
    }
  });

  const element = h('form', { class: 'import-form', onsubmit: async (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    const choice = data.get('collision');
    data.delete('collision');
    if (previewed && previewed.existing) {
      if (choice === 'replace') data.set('replace', 'true');
      else data.set('id', previewed.freeId);
    }
    setPageStatus('Importing…');
    try {
      const imported = await api.upload(data);
      setPageStatus('');
      event.target.reset();
      preview.textContent = '';
      previewed = null;
      showCollision(null);
      await onImported(imported);
    } catch (error) {
      setPageStatus('');
      onError(`Import failed, nothing was imported: ${error.message}`);
    }
  } },
  h('h2', {}, 'Import a document'),
  dropZone, preview, collision,
  h('label', { for: 'import-lang' }, 'Source language (filled in when the file declares it)'), lang,
  h('button', { type: 'submit', id: 'import-button' }, 'Import'));
  return { element, previewed: () => previewed };
}
