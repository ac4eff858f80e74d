// The translation-memory panel beside the segments: the best matches for the active unit (score,
// the memory's source with its differences to this source marked, its target, where it comes from),
// Ctrl+Shift+1…5 to insert one (it stays a draft until confirmed), Ctrl+K to search the memory
// (concordance), repetitions of a confirmed sentence, pre-translation and the analysis by band.
// Inline codes show as the editor's chips; inserting puts in the match's target with its codes
// carried over onto this unit's own (the server's `insertion`). User text always goes in as text
// nodes (dom.js), never as HTML.
import { h, show } from './dom.js';
import { chip, showCodedSpans } from './highlight.js';
import { tokened, untokened, diffWithCodes } from './inline-codes.js';

const LIMIT = 5;
const MINIMUM = 50;
const AUTO_FILL = 'tandem.memory.fillRepetitions';
const BANDS = ['context', '100%', '95-99%', '85-94%', '75-84%', '50-74%', 'repetitions', 'no match'];

export function mount(element, { api, documentId, language, editor }) {
  const cache = new Map();
  let activeUnit = null;
  let unmounted = false;

  const list = h('ol', { class: 'memory-matches', 'aria-live': 'polite' });
  const status = h('p', { class: 'memory-status' });
  const repetitions = h('div', { class: 'memory-repetitions' });
  const query = h('input', { type: 'search', id: 'concordance-query', placeholder: 'word or phrase', 'aria-keyshortcuts': 'Control+K' });
  const hits = h('ol', { class: 'concordance-hits' });
  const autoFill = h('input', { type: 'checkbox', id: 'memory-auto-fill', checked: localStorage.getItem(AUTO_FILL) === 'yes',
    onchange: () => localStorage.setItem(AUTO_FILL, autoFill.checked ? 'yes' : 'no') });
  const tools = h('div', { class: 'memory-tools' });

  show(element,
    h('h2', {}, 'Translation memory'),
    h('p', { class: 'hint' }, h('kbd', {}, 'Ctrl+Shift+1'), '…', h('kbd', {}, 'Ctrl+Shift+5'), ' insert a match · ',
      h('kbd', {}, 'Ctrl+K'), ' search the memory'),
    status, list, repetitions,
    h('form', { class: 'concordance', role: 'search', onsubmit: (event) => { event.preventDefault(); concordance(); } },
      h('label', { for: 'concordance-query' }, 'Concordance '), query, h('button', { type: 'submit', class: 'secondary' }, 'Search')),
    hits,
    h('p', {}, h('label', { for: 'memory-auto-fill' }, autoFill, ' Fill repetitions automatically when I confirm')),
    tools);
  tools.append(
    h('button', { type: 'button', class: 'secondary', id: 'pretranslate', onclick: pretranslate }, 'Pre-translate (100 % and context)'),
    h('button', { type: 'button', class: 'secondary', id: 'memory-analysis', onclick: analysis }, 'Analysis'));

  function matchesFor(unit) {
    if (!cache.has(unit.id)) {
      cache.set(unit.id, api.matches(documentId, language, unit.id, MINIMUM, LIMIT).then((body) => body.matches)
        .catch((error) => { cache.delete(unit.id); throw error; }));
    }
    return cache.get(unit.id);
  }

  const isActive = (unit) => !unmounted && activeUnit !== null && activeUnit.id === unit.id;

  // The previous unit's matches stay on screen, dimmed, until this unit's arrive (no flicker when
  // moving on); nothing is inserted from them: insert() asks for the active unit's own matches.
  async function showActive(detail) {
    activeUnit = detail ? detail.unit : null;
    if (!activeUnit) {
      show(list);
      status.textContent = '';
      busy(false);
      return;
    }
    const unit = activeUnit;
    const pending = matchesFor(unit);
    busy(true);
    try {
      const matches = await pending;
      if (!isActive(unit)) return;
      status.textContent = matches.length ? '' : `No match of ${MINIMUM} % or more.`;
      show(list, matches.map(renderMatch));
    } catch (error) {
      if (!isActive(unit)) return;
      status.textContent = `Matches unavailable: ${error.message}`;
      show(list);
    }
    busy(false);
  }

  function busy(on) {
    list.classList.toggle('stale', on);
    status.classList.toggle('stale', on);
    list.setAttribute('aria-busy', String(on));
  }

  function renderMatch(match, index) {
    const entry = match.entry;
    const origin = entry.origin;
    const marks = [];
    if (match.kind === 'context') marks.push('context match');
    if (match.differences && match.differences.length) marks.push(`differs in ${match.differences.join(', ')}`);
    if (origin.unverified) marks.push('aligned, not checked');
    if (match.regionDiffers) marks.push(entry.targetLanguage);
    const where = origin.kind === 'reference' ? origin.name : `${origin.name} ${origin.unit || ''}`.trim();
    const about = [where, origin.by, day(origin.updated), origin.status].filter(Boolean).join(' · ');
    const numbers = match.numbers && (match.numbers.onlyInMemory.length || match.numbers.onlyInCurrent.length)
      ? h('p', { class: 'memory-numbers' }, `Numbers differ: ${match.numbers.onlyInMemory.join(', ') || '—'} → ${match.numbers.onlyInCurrent.join(', ') || '—'}`)
      : null;
    return h('li', { class: `memory-match ${match.kind}`, dataset: { score: match.score } },
      h('p', { class: 'memory-head' },
        h('kbd', {}, `Ctrl+Shift+${index + 1}`), ' ',
        h('strong', { class: 'memory-score' }, `${match.score} %`), marks.length ? ` ${marks.join(' · ')}` : '',
        h('button', { type: 'button', class: 'secondary memory-insert', onclick: () => insert(index),
          'aria-keyshortcuts': `Control+Shift+${index + 1}` }, 'Insert')),
      h('p', { class: 'memory-source', lang: entry.sourceLanguage, dir: 'auto' },
        diffWithCodes(match.diff, entry.sourceCodes).map(diffPart)),
      coded(h('p', { class: 'memory-target', lang: entry.targetLanguage, dir: 'auto' }), entry.target, entry.targetCodes),
      numbers,
      h('p', { class: 'memory-origin' }, about));
  }

  // part.memory: text pieces and codes (diffWithCodes), the codes as chips.
  function diffPart(part) {
    const memory = part.memory.map((piece) => (typeof piece === 'string' ? piece : chip(piece)));
    if (part.kind === 'same') return h('span', {}, memory);
    if (part.kind === 'deleted') return h('del', { title: 'not in this source' }, memory);
    if (part.kind === 'inserted') return h('ins', { title: 'only in this source' }, part.current);
    return h('span', { class: 'changed', title: `this source: ${part.current.trim()}` }, h('del', {}, memory), h('ins', {}, part.current));
  }

  function coded(element, text, codes, spans) {
    showCodedSpans(element, text, codes, spans);
    return element;
  }

  // A shortcut pressed just after moving waits for this unit's matches (never the previous unit's)
  // and does nothing if the translator moved on meanwhile.
  async function insert(index) {
    const unit = activeUnit;
    if (!unit) return;
    let matches;
    try {
      matches = await matchesFor(unit);
    } catch {
      return; // showActive says why
    }
    const match = matches[index];
    if (isActive(unit) && match) editor.insert(tokened(match.insertion.text, match.insertion.codes));
  }

  async function concordance(text) {
    const phrase = (text === undefined ? query.value : text).trim();
    if (text !== undefined) query.value = phrase;
    if (!phrase) { query.focus(); return; }
    try {
      const body = await api.concordance(phrase, null, language);
      show(hits, body.hits.length ? body.hits.map(renderHit) : h('li', {}, `Nothing in the memory for “${phrase}”.`));
    } catch (error) {
      show(hits, h('li', { class: 'error' }, error.message));
    }
  }

  function renderHit(hit) {
    const origin = hit.entry.origin;
    return h('li', { class: 'concordance-hit' },
      coded(h('p', { lang: hit.entry.sourceLanguage, dir: 'auto' }), hit.entry.source, hit.entry.sourceCodes, hit.inSource),
      coded(h('p', { lang: hit.entry.targetLanguage, dir: 'auto' }), hit.entry.target, hit.entry.targetCodes, hit.inTarget),
      h('p', { class: 'memory-origin' }, [origin.name, origin.unit, origin.by, day(origin.updated)].filter(Boolean).join(' · ')));
  }

  // The day a memory entry was last changed (UTC, as the API gives it), or null when unknown.
  function day(updated) {
    return updated ? String(updated).slice(0, 10) : null;
  }

  async function saved(unit) {
    cache.clear();
    if (!unit || !unit.target || unit.status === 'initial') return;
    try {
      // The editor's target carries its codes as tokens; a repetition's target is plain text.
      const target = untokened(unit.target, unit.sourceCodes).text;
      const offered = (await api.repetitions(documentId, language, unit.id)).repetitions.filter((r) => r.target !== target);
      if (unmounted) return;
      if (!offered.length) { show(repetitions); return; }
      const fill = (units) => propagate(unit, units);
      if (autoFill.checked) {
        const empty = offered.filter((r) => !r.target);
        if (empty.length) fill(empty);
        return;
      }
      show(repetitions, h('p', {}, `${offered.length} other occurrence${offered.length > 1 ? 's' : ''} of this sentence. `,
        h('button', { type: 'button', id: 'fill-repetitions', onclick: () => fill(offered) }, 'Give them this translation')));
    } catch (error) {
      show(repetitions, h('p', { class: 'error' }, error.message));
    }
  }

  async function propagate(unit, units) {
    try {
      const body = { by: unit.by, units: units.map((r) => ({ document: r.document, unit: r.unit, rev: r.rev })) };
      const report = await api.propagate(documentId, language, unit.id, body);
      const conflicts = report.conflicts.length ? `; ${report.conflicts.length} changed by someone else meanwhile, left as they are` : '';
      show(repetitions, h('p', { role: 'status' }, `Filled ${report.saved.length} repetition${report.saved.length === 1 ? '' : 's'}${conflicts}.`));
      if (report.saved.some((r) => r.document === documentId)) editor.reload(`Repetitions filled from ${unit.id}.`);
    } catch (error) {
      show(repetitions, h('p', { class: 'error' }, error.message));
    }
  }

  async function pretranslate() {
    try {
      const report = await api.pretranslate(documentId, language, { min: 100 });
      editor.reload(`Pre-translated from the memory: ${report.translated} translated, ${report.drafts} drafts, `
        + `${report.untouched} already worked on (left alone).`);
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function analysis() {
    try {
      const body = await api.analysis(documentId, language);
      const bands = body.bands;
      const total = body.total || 0;
      const measure = body.documents[0] ? body.documents[0].measure : 'words';
      show(tools.querySelector('.memory-analysis') || tools.appendChild(h('table', { class: 'memory-analysis' })),
        h('caption', {}, `Analysis (${measure})`),
        h('tr', {}, h('th', { scope: 'col' }, 'Band'), h('th', { scope: 'col' }, 'Segments'), h('th', { scope: 'col' }, measure)),
        BANDS.map((band) => h('tr', {}, h('th', { scope: 'row' }, band), h('td', {}, bands[band].segments), h('td', {}, bands[band].words))),
        h('tr', {}, h('th', { scope: 'row' }, 'total'), h('td', {}, ''), h('td', {}, total)));
    } catch (error) {
      status.textContent = error.message;
    }
  }

  const off = [
    editor.on('active', showActive),
    editor.on('saved', saved),
    editor.on('reloaded', () => cache.clear()),
    ...[0, 1, 2, 3, 4].map((index) => editor.onShortcut(`memory-${index + 1}`, () => insert(index))),
    editor.onShortcut('concordance', () => {
      const selection = window.getSelection ? String(window.getSelection()).trim() : '';
      if (selection) concordance(selection);
      query.focus();
      query.select();
    }),
  ];
  if (editor.active && editor.active()) showActive(editor.active());

  return {
    unmount() {
      unmounted = true;
      off.forEach((stop) => stop && stop());
    },
  };
}
