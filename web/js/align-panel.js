// Editor panel: a link to align an existing translation into this document and language.
import { h } from './dom.js';

export function mount(element, { documentId, language }) {
  element.append(h('a', { class: 'panel-link', href: `#/align/${encodeURIComponent(documentId)}/${encodeURIComponent(language)}` },
    'Align an existing translation…'));
  return { unmount() {} };
}
