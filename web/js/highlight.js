// Search matches as text nodes and <mark> elements: the text is never parsed as HTML. Where the
// matches are comes from the server's search (GET …/search), which folds case, accents,
// apostrophes and spaces the way a translator means them.

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
