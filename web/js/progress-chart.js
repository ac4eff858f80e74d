// Words translated per day as an SVG bar chart, drawn in the page (no library, no service).
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 48 };
const MAX_DAYS = 30;
const number = new Intl.NumberFormat();

function svg(tag, attributes = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== null) element.textContent = text;
  return element;
}

/** progress: { unit, days: [{ day, translated, gained }] } from /api/documents/{doc}/coverage/{lang}/progress */
export function progressChart(progress) {
  const days = progress.days.slice(-MAX_DAYS);
  const unit = progress.unit;
  if (!days.length) {
    return h('p', { class: 'progress-empty' }, 'No saves recorded yet: the chart fills in as units are saved.');
  }
  const high = Math.max(1, ...days.map((d) => d.gained));
  const low = Math.min(0, ...days.map((d) => d.gained));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value) => MARGIN.top + ((high - value) / (high - low)) * plotHeight;
  const slot = plotWidth / days.length;
  const barWidth = Math.min(28, Math.max(2, slot * 0.7));

  const total = days.reduce((sum, d) => sum + d.gained, 0);
  const best = days.reduce((a, b) => (b.gained > a.gained ? b : a));
  const description = `${unit} translated per day, ${days[0].day} to ${days[days.length - 1].day}: `
    + `${number.format(total)} in all, most on ${best.day} (${number.format(best.gained)}).`;

  const chart = svg('svg', { class: 'progress-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': description });
  chart.append(svg('title', {}, description));
  chart.append(svg('line', { class: 'axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0) }));
  chart.append(svg('text', { class: 'tick', x: MARGIN.left - 6, y: y(high) + 4, 'text-anchor': 'end' }, number.format(high)));
  chart.append(svg('text', { class: 'tick', x: MARGIN.left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'));
  days.forEach((d, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const top = y(Math.max(0, d.gained));
    const height = Math.abs(y(d.gained) - y(0));
    const bar = svg('rect', { class: d.gained < 0 ? 'day loss' : 'day', x, y: top, width: barWidth, height: Math.max(height, 0),
      'data-day': d.day, 'data-gained': d.gained });
    bar.append(svg('title', {}, `${d.day}: ${d.gained < 0 ? '' : '+'}${number.format(d.gained)} ${unit} (${number.format(d.translated)} translated by then)`));
    chart.append(bar);
  });
  chart.append(svg('text', { class: 'tick', x: MARGIN.left, y: HEIGHT - 8 }, days[0].day));
  if (days.length > 1) {
    chart.append(svg('text', { class: 'tick', x: WIDTH - MARGIN.right, y: HEIGHT - 8, 'text-anchor': 'end' }, days[days.length - 1].day));
  }
  return h('figure', { class: 'progress' }, chart, h('figcaption', {}, description));
}
