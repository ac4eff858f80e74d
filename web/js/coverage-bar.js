// Coverage bars: one stacked bar per document and language, each status a pattern *and* a text label,
// so nothing depends on telling colours apart. Widths are set through the CSSOM (style.flexGrow),
// which the page's Content-Security-Policy allows, unlike style attributes.
import { h } from './dom.js';

export const STATUSES = [
  { key: 'final', label: 'final' },
  { key: 'reviewed', label: 'reviewed' },
  { key: 'translated', label: 'translated' },
  { key: 'sourceChanged', label: 'source changed' },
  { key: 'aligned', label: 'aligned, not reviewed' },
  { key: 'initial', label: 'initial' },
];

const number = new Intl.NumberFormat();

function bar(tally, unit) {
  const element = h('div', { class: 'coverage-bar', 'aria-hidden': 'true' });
  for (const { key, label } of STATUSES) {
    const amount = tally[key];
    if (!amount) continue;
    const part = h('span', { class: `coverage-part part-${key}`, title: `${label}: ${number.format(amount)} ${unit}`,
      dataset: { status: key, amount: String(amount) } });
    part.style.flexGrow = String(amount);
    element.append(part);
  }
  return element;
}

/** The headline of an entry: share done by its billing unit and by segments. */
export function summary(entry) {
  const p = entry.percent;
  const unit = entry.unit;
  return `${p.primary.translated} % translated, ${p.primary.reviewed} % reviewed, ${p.primary.final} % final`
    + ` (by ${unit}${unit === 'characters' ? ', as for scripts without spaces' : ''}; ${p.segments.translated} % of segments translated)`;
}

/**
 * A labelled stacked bar for one coverage entry (or the totals): the bar, a one-line summary and a
 * legend with every status's amount. compact leaves out the legend.
 */
export function coverageBar(entry, { compact = false, label = null } = {}) {
  const unit = entry.unit;
  const tally = entry[unit];
  const legend = h('ul', { class: 'coverage-legend' }, STATUSES.map(({ key, label: name }) =>
    h('li', { dataset: { status: key } }, h('span', { class: `swatch part-${key}`, 'aria-hidden': 'true' }),
      `${name} ${number.format(tally[key])}`)));
  return h('div', {
    class: compact ? 'coverage compact' : 'coverage',
    dataset: { unit, total: String(tally.total), translated: String(entry.percent.primary.translated) },
  },
  h('p', { class: 'coverage-summary' }, label ? h('strong', {}, `${label}: `) : null, summary(entry),
    compact ? null : ` · ${number.format(tally.total)} ${unit} in all`),
  bar(tally, unit),
  compact ? h('p', { class: 'visually-hidden' }, STATUSES.map(({ key, label: name }) => `${name} ${tally[key]}`).join(', '))
    : legend);
}

/** The compact bars of one document's languages (its entries of the coverage report), or null. */
export function documentCoverage(entries) {
  if (!entries || !entries.length) return null;
  return h('div', { class: 'document-coverage' }, entries.map((entry) =>
    h('div', { class: 'document-coverage-language', dataset: { language: entry.language } },
      coverageBar(entry, { compact: true, label: entry.language }))));
}
