// Search matches as text nodes and <mark> elements: the text is never parsed as HTML.

/** Replaces the children of `element` with `text`, marking each case-insensitive match of `query`. */
export function showText(element, text, query) {
  if (!query) {
    element.textContent = text;
    return 0;
  }
  const haystack = text.toLocaleLowerCase();
  const needle = query.toLocaleLowerCase();
  const nodes = [];
  let from = 0;
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && needle; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) nodes.push(document.createTextNode(text.slice(from, at)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + needle.length);
    nodes.push(mark);
    from = at + needle.length;
    found++;
  }
  if (from < text.length) nodes.push(document.createTextNode(text.slice(from)));
  element.replaceChildren(...nodes);
  return found;
}

export function matches(text, query) {
  return !query || text.toLocaleLowerCase().includes(query.toLocaleLowerCase());
}
