// The documents view: every document, its target languages, opening one in a language, importing a file.
import { h, clear } from './dom.js';
import { attachCoverageBars } from './coverage-bar.js';

const COMMON_LANGUAGES = ['ar', 'de', 'el', 'en', 'es', 'fr', 'hi', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'pt-BR', 'ru', 'uk', 'zh', 'zh-Hant'];

export function mount(element, { api, setPageStatus }) {
  let state = { documents: [], error: null, message: null };

  function update(next) {
    state = { ...state, ...next };
    render();
  }

  async function load() {
    try {
      update({ documents: await api.documents(), error: null });
    } catch (error) {
      update({ error: error.message });
    }
  }

  function openIn(documentId, language) {
    location.hash = `#/doc/${encodeURIComponent(documentId)}/${encodeURIComponent(language)}`;
  }

  function documentCard(doc) {
    const languageInput = h('input', {
      name: 'lang', list: 'common-languages', required: true, size: 8,
      placeholder: 'fr', 'aria-label': `Target language for ${doc.title || doc.id}`,
      pattern: '[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*',
    });
    const openForm = h('form', { class: 'inline-form', onsubmit: (event) => {
      event.preventDefault();
      openIn(doc.id, languageInput.value.trim());
    } }, h('label', {}, 'Translate into ', languageInput), h('button', { type: 'submit' }, 'Open'));
    return h('li', { class: 'document', dataset: { id: doc.id } },
      h('h2', {}, h('a', { href: `#/doc/${encodeURIComponent(doc.id)}` }, doc.title || doc.id)),
      h('p', { class: 'meta' }, `${doc.id} · source ${doc.sourceLanguage} · ${doc.segments} segments`),
      doc.languages.length
        ? h('p', { class: 'languages' }, 'Translations: ',
          doc.languages.map((lang) => h('a', { class: 'language-link', href: `#/doc/${encodeURIComponent(doc.id)}/${encodeURIComponent(lang)}` }, lang)))
        : h('p', { class: 'languages' }, 'No translation yet.'),
      openForm);
  }

  function importForm() {
    const file = h('input', { type: 'file', name: 'file', required: true, id: 'import-file' });
    const lang = h('input', { name: 'lang', list: 'common-languages', size: 8, id: 'import-lang', placeholder: 'en' });
    return h('form', { class: 'import-form', onsubmit: async (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      setPageStatus('Importing…');
      try {
        const imported = await api.upload(data);
        setPageStatus('');
        update({ message: `Imported “${imported.title}” (${imported.segments} segments).`, error: null });
        await load();
      } catch (error) {
        setPageStatus('');
        update({ error: `Import failed: ${error.message}`, message: null });
      }
    } },
    h('h2', {}, 'Import a document'),
    h('label', { for: 'import-file' }, 'File (HTML, TXT, DOCX, ODT, RTF, PDF, EPUB, Markdown)'), file,
    h('label', { for: 'import-lang' }, 'Source language (if the file does not say)'), lang,
    h('button', { type: 'submit' }, 'Import'));
  }

  function render() {
    clear(element);
    element.append(
      h('datalist', { id: 'common-languages' }, COMMON_LANGUAGES.map((lang) => h('option', { value: lang }))),
      h('h1', {}, 'Documents'),
      state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null,
      state.message ? h('p', { class: 'notice', role: 'status' }, state.message) : null,
      state.documents.length
        ? h('ul', { class: 'documents' }, state.documents.map(documentCard))
        : h('p', {}, 'No documents yet. Import one below.'),
      importForm());
    attachCoverageBars(element, api);
  }

  render();
  load();
  return { unmount() {} };
}
