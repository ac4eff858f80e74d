// Search matches as text nodes and <mark> elements: the text is never parsed as HTML. Where the
// matches are comes from the server's search (GET …/search), which folds case, accents,
// apostrophes and spaces the way a translator means them.
import { tokenOf } from './inline-codes.js';

/** Replaces the children of `element` with `text`, marking each span ({ start, end }) of `spans`. */
export function showSpans(element, text, spans) {
  if (!spans || !spans.length) {
    element.textContent = text;
    return 0;
  }
  const nodes = [];
  let from = 0;
  for (const { start, end } of spans) {
    if (start < from || end > text.length) continue;
    if (start > from) nodes.push(document.createTextNode(text.slice(from, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    from = end;
  }
  if (from < text.length) nodes.push(document.createTextNode(text.slice(from)));
  element.replaceChildren(...nodes);
  return spans.length;
}

/**
 * The same for a text with inline codes: each code is a chip (its token, the original markup on
 * hover) at its offset, the marks' spans counting the plain text only.
 */
export function showCodedSpans(element, text, codes, spans) {
  if (!codes || codes.length === 0) return showSpans(element, text, spans);
  const marks = (spans || []).filter(({ start, end }) => start <= end && end <= text.length);
  const cuts = [...new Set([0, text.length, ...codes.map((code) => code.at), ...marks.flatMap(({ start, end }) => [start, end])])]
    .filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const nodes = [];
  let mark = null;
  const place = (node) => (mark ? mark.append(node) : nodes.push(node));
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i];
    if (mark && marks.some(({ end }) => end === at)) mark = null;
    for (const code of codes.filter((candidate) => candidate.at === at)) place(chip(code));
    if (!mark && marks.some(({ start, end }) => start === at && end > at)) {
      mark = document.createElement('mark');
      nodes.push(mark);
    }
    if (i + 1 < cuts.length && cuts[i + 1] > at) place(document.createTextNode(text.slice(at, cuts[i + 1])));
  }
  element.replaceChildren(...nodes);
  return marks.length;
}

/** One code as the editor shows it: its token in a chip, its type and original markup on hover. */
export function chip(code) {
  const element = document.createElement('span');
  element.className = `code-chip code-${code.kind}`;
  element.dataset.code = code.id;
  element.title = `${code.type || 'tag'}${code.data ? `: ${code.data}` : ''}`;
  element.textContent = tokenOf(code);
  return element;
}
