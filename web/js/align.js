// The alignment view: upload or paste an existing translation, then review and correct the beads.
import { h, show } from './dom.js';

const EDITS = [
  { edit: 'take-next', label: 'Take next sentence', hint: 'Move the boundary down: this bead takes the next bead’s first target sentence' },
  { edit: 'give-next', label: 'Give last sentence', hint: 'Move the boundary up: this bead’s last target sentence goes to the next bead' },
  { edit: 'merge', label: 'Merge with next', hint: 'This bead and the next become one' },
  { edit: 'split', label: 'Split', hint: 'Split after the first sentence' },
];

export function mount(element, { api, documentId, language, setPageStatus }) {
  let state = { alignment: null, lowestFirst: false, error: null, busy: false, language: language || '' };

  function update(next) {
    state = { ...state, ...next };
    render();
  }

  // `aligned`: the action is a new alignment, whose "N filled, M kept" summary is shown until the next one.
  async function run(action, busyText, aligned = false) {
    update({ busy: true, error: null });
    setPageStatus(busyText);
    try {
      const alignment = await action();
      update({ alignment, busy: false, summary: aligned ? alignment.summary : state.summary });
      setPageStatus('');
    } catch (error) {
      setPageStatus('');
      update({ error: error.message, busy: false });
    }
  }

  function uploadForm() {
    const lang = h('input', { id: 'align-lang', name: 'lang', required: true, size: 8, value: state.language, placeholder: 'fr' });
    const file = h('input', { id: 'align-file', type: 'file', name: 'file' });
    const text = h('textarea', { id: 'align-text', name: 'text', rows: 5, placeholder: 'Or paste the translation here' });
    const replaceHuman = h('input', { id: 'align-replace-human', type: 'checkbox', name: 'replaceHumanWork' });
    return h('form', { class: 'align-form', onsubmit: (event) => {
      event.preventDefault();
      const language = lang.value.trim();
      const data = new FormData();
      if (file.files.length) data.append('file', file.files[0]);
      if (text.value.trim()) data.append('text', text.value);
      if (replaceHuman.checked) data.append('replaceHumanWork', 'true');
      state.language = language;
      history.replaceState(null, '', `#/align/${encodeURIComponent(documentId)}/${encodeURIComponent(language)}`);
      run(() => api.align(documentId, language, data), 'Aligning…', true);
    } },
    h('h2', {}, 'Align a translation'),
    h('p', { class: 'meta' }, 'The translation goes through the same extraction and sentence splitting as the source; its sentences then fill the units of that language that are empty or hold an earlier alignment. Units a translator typed, imported or confirmed are kept and listed below.'),
    h('label', { for: 'align-lang' }, 'Language of the translation (BCP 47)'), lang,
    h('label', { for: 'align-file' }, 'Translated file (any format Tika reads)'), file,
    h('label', { for: 'align-text' }, 'Or paste its text'), text,
    h('label', { class: 'replace-human' }, replaceHuman,
      ' Replace those too: the alignment also overwrites units a translator worked on (their text stays in each unit’s history)'),
    h('button', { type: 'submit', disabled: state.busy }, 'Align'));
  }

  function sentences(list, lang) {
    if (!list.length) return h('p', { class: 'empty-side' }, '— no sentence —');
    return h('ol', { class: 'sentences', lang }, list.map((s) => h('li', { value: s.number + 1 }, s.text)));
  }

  function beadRow(bead, isLast) {
    const confidence = Math.round(bead.confidence * 100);
    const level = confidence < 50 ? 'low' : confidence < 80 ? 'medium' : 'high';
    return h('li', { class: `bead confidence-${level}`, dataset: { bead: bead.index, verified: bead.verified } },
      h('div', { class: 'bead-head' },
        h('span', { class: 'bead-number' }, `Bead ${bead.index + 1} · ${bead.source.length}:${bead.target.length}`),
        h('span', { class: 'confidence' }, `confidence ${confidence}% (${level})`),
        h('label', { class: 'verified' },
          h('input', { type: 'checkbox', checked: bead.verified, onchange: (event) =>
            run(() => api.editBead(documentId, state.language, bead.index, event.target.checked ? 'verify' : 'unverify'), 'Saving…') }),
          ' verified')),
      h('div', { class: 'bead-body' }, sentences(bead.source, undefined), sentences(bead.target, state.language)),
      h('div', { class: 'bead-actions' }, EDITS.filter((e) => !isLast || e.edit === 'split').map((e) =>
        h('button', { type: 'button', class: 'secondary', title: e.hint, dataset: { edit: e.edit },
          onclick: () => run(() => api.editBead(documentId, state.language, bead.index, e.edit), 'Saving…') }, e.label))));
  }

  // Units the alignment did not fill because a translator worked on them, each beside what it proposed.
  function keptUnits() {
    const { alignment } = state;
    const kept = alignment.kept || [];
    return h('section', { class: 'kept', 'aria-label': 'Kept translations' },
      state.summary ? h('p', { class: 'align-summary', role: 'status' }, `Aligned: ${state.summary}.`) : null,
      kept.length === 0 ? null : h('details', { class: 'kept-units', open: true },
        h('summary', {}, `${kept.length} ${kept.length === 1 ? 'unit' : 'units'} kept because a translator already worked on them`),
        h('ol', { class: 'kept-list' }, kept.map((unit) => h('li', { class: 'kept-unit', dataset: { unit: unit.unitId } },
          h('p', { class: 'kept-source', dir: 'auto' }, unit.source),
          h('div', { class: 'kept-versions' },
            h('div', { class: 'version kept-target' }, h('h3', {}, `Kept (${unit.by || 'a translator'})`),
              h('p', { lang: alignment.language, dir: 'auto' }, unit.target)),
            h('div', { class: 'version kept-aligned' }, h('h3', {}, 'Aligned text, not used'),
              h('p', { lang: alignment.language, dir: 'auto' }, unit.aligned || '(none)'))))))));
  }

  function beads() {
    const { alignment } = state;
    const list = [...alignment.beads];
    if (state.lowestFirst) list.sort((a, b) => a.confidence - b.confidence || a.index - b.index);
    const last = alignment.beads.length - 1;
    return h('section', { class: 'alignment' },
      h('div', { class: 'alignment-head' },
        h('h2', {}, `Alignment with ${alignment.fileName || 'the translation'} (${alignment.language})`),
        h('label', {}, h('input', { type: 'checkbox', id: 'lowest-first', checked: state.lowestFirst,
          onchange: (event) => update({ lowestFirst: event.target.checked }) }), ' Lowest confidence first'),
        h('a', { href: `#/doc/${encodeURIComponent(documentId)}/${encodeURIComponent(alignment.language)}` }, 'Open the units in the editor')),
      keptUnits(),
      h('ol', { class: 'beads' }, list.map((bead) => beadRow(bead, bead.index === last))));
  }

  function render() {
    show(element,
      h('p', {}, h('a', { href: '#/' }, 'Documents'), ' › ', documentId),
      state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null,
      uploadForm(),
      state.alignment ? beads() : null);
  }

  render();
  if (language) {
    // A stored alignment, if any; an upload that finished first wins.
    api.alignment(documentId, language).then((alignment) => { if (!state.alignment) update({ alignment }); }).catch(() => {});
  }
  return { unmount() {} };
}
