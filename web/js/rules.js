// The segmentation rules view: the project's own SRX rules, the download of every rule in force, and re-splitting.
import { h, show } from './dom.js';

export function mount(element, { api, setPageStatus }) {
  let state = { rules: null, documents: [], message: null, error: null };

  function update(next) {
    state = { ...state, ...next };
    render();
  }

  async function load() {
    try {
      const [rules, documents] = await Promise.all([api.segmentationRules(), api.documents()]);
      update({ rules, documents });
    } catch (error) {
      update({ error: error.message });
    }
  }

  async function resegment(doc) {
    setPageStatus('Re-splitting…');
    try {
      const result = await api.resegment(doc.id);
      update({ message: `${doc.title || doc.id}: ${result.segmentsBefore} → ${result.segments} segments; translations of unchanged sentences kept.`, error: null });
    } catch (error) {
      update({ error: error.message });
    }
    setPageStatus('');
  }

  function ruleTable(ruleSet) {
    return h('section', { class: 'rule-set' },
      h('h3', {}, ruleSet.name),
      h('table', { class: 'rules' },
        h('caption', { class: 'visually-hidden' }, `Rules of ${ruleSet.name}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Effect'), h('th', { scope: 'col' }, 'Before the break'), h('th', { scope: 'col' }, 'After the break'))),
        h('tbody', {}, ruleSet.rules.map((rule) => h('tr', {},
          h('td', {}, rule.isBreak ? 'Break' : 'No break'),
          h('td', {}, h('code', {}, rule.beforeBreak || '')),
          h('td', {}, h('code', {}, rule.afterBreak || '')))))));
  }

  function projectRules() {
    const rules = state.rules.projectRules;
    if (!rules.languageRules.length) {
      return h('p', {}, 'This project has no rules of its own: the built-in rules (ICU4J plus Tandem’s rules for 16 languages) are used. ',
        'To add or override rules, save an SRX 2.0 file (OmegaT and Okapi write them) as ',
        h('code', {}, `translations/${state.rules.projectFile}`), ', restart Tandem, then re-split the documents below.');
    }
    return h('div', {},
      h('p', {}, `From translations/${state.rules.projectFile}; they are checked before the built-in rules.`),
      h('table', { class: 'rules' },
        h('caption', {}, 'Which rules apply to which languages'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Language pattern'), h('th', { scope: 'col' }, 'Rule set'))),
        h('tbody', {}, rules.languageMaps.map((map) => h('tr', {}, h('td', {}, h('code', {}, map.languagePattern)), h('td', {}, map.languageRulesName))))),
      rules.languageRules.map(ruleTable));
  }

  function render() {
    show(element,
      h('h1', {}, 'Segmentation rules'),
      state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null,
      state.message ? h('p', { class: 'notice', role: 'status' }, state.message) : null,
      state.rules ? h('section', {}, h('h2', {}, 'Project rules'), projectRules(),
        h('p', {}, h('a', { href: '/api/segmentation/rules.srx', download: 'tandem-segmentation.srx' }, 'Download every rule in force as SRX 2.0'),
          ' (for OmegaT, Okapi or Trados).')) : h('p', {}, 'Loading…'),
      h('section', {}, h('h2', {}, 'Re-split documents'),
        h('p', {}, 'Splits a document into sentences again with the rules in force. Sentences that did not change keep their translations; a unit whose sentence changed keeps its translation and is marked “source changed”.'),
        h('ul', { class: 'resegment-list' }, state.documents.map((doc) => h('li', {},
          h('span', {}, doc.title || doc.id), ' ',
          h('button', { type: 'button', class: 'secondary', dataset: { id: doc.id }, onclick: () => resegment(doc) }, 'Re-split'))))));
  }

  render();
  load();
  return { unmount() {} };
}
