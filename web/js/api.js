// The HTTP API in one place: every call returns parsed JSON or throws an ApiError with the server's message.
// Units travel with their inline codes apart from the text; the editor sees them as tokens (inline-codes.js).
import { editorUnit, serverEdit } from './inline-codes.js';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

// The server's request token (GET /api/session) goes with every write: another site's page cannot
// read it, so a form or fetch from elsewhere cannot make one.
let session = null;
function currentSession(refresh = false) {
  if (!session || refresh) {
    session = fetch('/api/session', { headers: { Accept: 'application/json' } })
      .then((response) => response.json())
      .catch((error) => { session = null; throw error; });
  }
  return session;
}

async function request(method, path, body) {
  const options = { method, headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    options.headers['X-Tandem-Token'] = (await currentSession()).requestToken;
  }
  if (body instanceof FormData) {
    options.body = body;
  } else if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && path !== '/api/session') {
    window.dispatchEvent(new CustomEvent('tandem:sign-in-required'));
  }
  if (!response.ok) {
    // A refused save carries the unit as it is now: shown in the editor's terms like any other.
    if (json && json.current) json.current = editorUnit(json.current);
    throw new ApiError(response.status, json);
  }
  return json;
}

const enc = encodeURIComponent;

export const api = {
  session: (refresh) => currentSession(refresh),
  signIn: async (name, password) => {
    const signedIn = await request('POST', '/api/session', { name, password });
    session = Promise.resolve(signedIn);
    return signedIn;
  },
  signOut: async () => {
    await request('DELETE', '/api/session');
    session = null;
  },
  documents: () => request('GET', '/api/documents'),
  startup: () => request('GET', '/api/startup'),
  document: (id) => request('GET', `/api/documents/${enc(id)}`),
  upload: (formData) => request('POST', '/api/documents', formData),
  deleteDocument: (id) => request('DELETE', `/api/documents/${enc(id)}`),
  coverage: () => request('GET', '/api/coverage'),
  documentCoverage: (id, lang) => request('GET', `/api/documents/${enc(id)}/coverage?lang=${enc(lang)}`),
  progress: (id, lang) => request('GET', `/api/documents/${enc(id)}/coverage/${enc(lang)}/progress`),
  translation: async (id, lang) => {
    const translation = await request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}`);
    return { ...translation, units: translation.units.map(editorUnit) };
  },
  addLanguage: (id, lang) => request('PUT', `/api/documents/${enc(id)}/translations/${enc(lang)}`),
  removeLanguage: (id, lang) => request('DELETE', `/api/documents/${enc(id)}/translations/${enc(lang)}`),
  /** Saves `edit` ({ baseRev, target, status, … }, the target with tokens) of a unit whose source has `sourceCodes`. */
  saveUnit: async (id, lang, unitId, edit, sourceCodes) => editorUnit(await
  request('PUT', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}`, serverEdit(edit, sourceCodes))),
  align: (id, lang, formData) => request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/alignment`, formData),
  alignment: (id, lang) => request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/alignment`),
  editBead: (id, lang, index, edit) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/alignment/beads/${index}/${enc(edit)}`),
  segmentationRules: () => request('GET', '/api/segmentation'),
  resegment: (id) => request('POST', `/api/documents/${enc(id)}/resegment`),
  history: async (id, lang, unitId) =>
    (await request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/history`)).map(editorUnit),
  merge: (id, lang, unitId, body) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/merge`, body),
  split: (id, lang, unitId, body) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/split`, body),
  restore: async (id, lang, unitId, body) =>
    editorUnit(await request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/restore`, body)),
  addComment: async (id, lang, unitId, body) => editorUnit(await
  request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/comments`, body)),
  resolveComment: async (id, lang, unitId, commentId, body) => editorUnit(await
  request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/comments/${enc(commentId)}/resolve`, body)),
  search: (id, lang, query) => request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/search?${new URLSearchParams(query)}`),
  preview: (formData) => request('POST', '/api/preview', formData),
  matches: (id, lang, unitId, min, limit) =>
    request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/matches?min=${min}&limit=${limit}`),
  repetitions: (id, lang, unitId) =>
    request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/repetitions`),
  propagate: (id, lang, unitId, body) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/propagate`, body),
  pretranslate: (id, lang, body) => request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/pretranslate`, body),
  analysis: (id, lang) => request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/analysis`),
  concordance: (text, from, to) =>
    request('GET', `/api/memory/concordance?q=${enc(text)}${from ? `&from=${enc(from)}` : ''}${to ? `&to=${enc(to)}` : ''}`),
  referenceMemories: () => request('GET', '/api/memory/references'),
  addReferenceMemory: (formData) => request('POST', '/api/memory/references', formData),
  removeReferenceMemory: (name) => request('DELETE', `/api/memory/references/${enc(name)}`),
  eventsUrl: (id, lang) => `/api/documents/${enc(id)}/translations/${enc(lang)}/events`,
  exportUrl: (id, lang, format) => `/api/documents/${enc(id)}/translations/${enc(lang)}/export?format=${enc(format)}`,
  /** An export as a file: { blob, name (the server's file name), warning (or null) }. */
  exportFile: async (id, lang, format) => {
    const response = await fetch(api.exportUrl(id, lang, format), { headers: { Accept: '*/*' } });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, text.startsWith('{') ? JSON.parse(text) : null);
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = (/filename="([^"]+)"/.exec(disposition) || [])[1] || `${id}.${lang}.${format}`;
    return { blob: await response.blob(), name, warning: response.headers.get('X-Tandem-Warning') };
  },
  importBilingual: (id, lang, formData) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/import`, formData),
  glossary: (from, to) => request('GET', `/api/glossary?from=${enc(from || '')}&to=${enc(to || '')}`),
  addTerm: (term) => request('POST', '/api/glossary/terms', term),
  updateTerm: (termId, changes) => request('PUT', `/api/glossary/terms/${enc(termId)}`, changes),
  deleteTerm: (termId) => request('DELETE', `/api/glossary/terms/${enc(termId)}`),
  unitTerms: (id, lang, unitId) => request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/terms`),
  qaReport: (id, lang, spelling) =>
    request('GET', `/api/documents/${enc(id)}/translations/${enc(lang)}/qa?spelling=${spelling ? 'true' : 'false'}`),
  checkUnit: (id, lang, unitId, body) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/qa`, body),
  ignoreFinding: (id, lang, unitId, body) =>
    request('POST', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/qa/ignored`, body),
  unignoreFinding: (id, lang, unitId, key) =>
    request('DELETE', `/api/documents/${enc(id)}/translations/${enc(lang)}/units/${enc(unitId)}/qa/ignored?key=${enc(key)}`),
};
