// Inline codes (a link, bold, a line break) as the editor shows them. The server sends a text and
// its codes ({ id, kind, at, type, data, … }); the editor works on one string in which each code is
// a token: ⟨1⟩ opens pair 1, ⟨/1⟩ closes it, ⟨2/⟩ is a placeholder (as OmegaT's tags, with brackets
// that do not occur in prose). Only a token naming a code of the unit's source counts as a code, so
// a unit without codes is plain text, exactly as before. No DOM here.

const TOKEN = /⟨(\/?)([^⟨⟩/\s]{1,32})(\/?)⟩/g;

/** The token that stands for `code`. */
export function tokenOf(code) {
  if (code.kind === 'close') return `⟨/${code.id}⟩`;
  if (code.kind === 'placeholder') return `⟨${code.id}/⟩`;
  return `⟨${code.id}⟩`;
}

/** `text` with each of `codes` (in order, at its offset) written as its token. */
export function tokened(text, codes) {
  if (!codes || codes.length === 0) return text;
  let out = '';
  let from = 0;
  for (const code of codes) {
    out += text.slice(from, code.at) + tokenOf(code);
    from = code.at;
  }
  return out + text.slice(from);
}

function kindOf(match) {
  if (match[1]) return match[3] ? null : 'close';
  return match[3] ? 'placeholder' : 'open';
}

/**
 * The tokens of `value` that stand for codes of `sourceCodes`: [{ start, end, code }] in order, the
 * code being the source's one (its type, data and flags). A token naming nothing of the source is text.
 */
export function tokensIn(value, sourceCodes) {
  if (!sourceCodes || sourceCodes.length === 0) return [];
  const found = [];
  for (const match of value.matchAll(TOKEN)) {
    const kind = kindOf(match);
    const code = sourceCodes.find((candidate) => candidate.id === match[2] && candidate.kind === kind);
    if (code) found.push({ start: match.index, end: match.index + match[0].length, code });
  }
  return found;
}

/** The plain text and placed codes of an editor string: what a save sends. */
export function untokened(value, sourceCodes) {
  const tokens = tokensIn(value, sourceCodes);
  if (tokens.length === 0) return { text: value, codes: [] };
  let text = '';
  let from = 0;
  const codes = [];
  for (const { start, end, code } of tokens) {
    text += value.slice(from, start);
    codes.push({ ...code, at: text.length });
    from = end;
  }
  return { text: text + value.slice(from), codes };
}

/** A unit from the server as the editor keeps it: its target (and history) with tokens. */
export function editorUnit(unit) {
  if (!unit || (!(unit.sourceCodes && unit.sourceCodes.length) && !(unit.codes && unit.codes.length))) return unit;
  return { ...unit, target: tokened(unit.target || '', unit.codes) };
}

/** A save as the server takes it: the editor's target split into plain text and codes. */
export function serverEdit(edit, sourceCodes) {
  if (!sourceCodes || sourceCodes.length === 0 || typeof edit.target !== 'string') return edit;
  const { text, codes } = untokened(edit.target, sourceCodes);
  return { ...edit, target: text, codes };
}

/**
 * What the target still lacks of the source's codes and what is wrong with the ones it has:
 * { missing: [codes in source order], unclosed: [open codes], problems: [messages] }.
 */
export function codeProblems(value, sourceCodes) {
  const tokens = tokensIn(value, sourceCodes);
  const used = new Map();
  const problems = [];
  const open = [];
  for (const { code } of tokens) {
    const key = `${code.kind}:${code.id}`;
    if (used.has(key)) problems.push(`The tag ${tokenOf(code)} is in the translation twice.`);
    used.set(key, true);
    if (code.kind === 'open') open.push(code);
    if (code.kind === 'close') {
      const opener = open.findIndex((candidate) => candidate.id === code.id);
      if (opener < 0) problems.push(`The tag ${tokenOf(code)} closes a pair before it is opened.`);
      else open.splice(opener, 1);
    }
  }
  const unclosed = open.filter((code) => !tokens.some((token) => token.code.kind === 'close' && token.code.id === code.id));
  for (const code of unclosed) problems.push(`The tag ${tokenOf(code)} is opened and never closed: add ⟨/${code.id}⟩.`);
  const missing = (sourceCodes || []).filter((code) => !used.has(`${code.kind}:${code.id}`));
  for (const code of missing.filter((candidate) => candidate.canDelete === false)) {
    problems.push(`The tag ${tokenOf(code)} may not be left out.`);
  }
  return { missing, unclosed, problems };
}

/**
 * Where the next tag goes (Ctrl+,): the first source code the target lacks, inserted at the caret.
 * With text selected and a pair missing both halves, the pair goes around the selection.
 * Answers { value, caret } or null when every tag is placed.
 */
export function insertNextTag(value, selectionStart, selectionEnd, sourceCodes) {
  const { missing } = codeProblems(value, sourceCodes);
  if (missing.length === 0) return null;
  const [start, end] = outsideTokens(value, selectionStart, selectionEnd, sourceCodes);
  const next = missing[0];
  const closing = missing.find((code) => code.kind === 'close' && code.id === next.id);
  if (next.kind === 'open' && closing && end > start) {
    const wrapped = tokenOf(next) + value.slice(start, end) + tokenOf(closing);
    return { value: value.slice(0, start) + wrapped + value.slice(end), caret: start + wrapped.length };
  }
  const token = tokenOf(next);
  return { value: value.slice(0, end) + token + value.slice(end), caret: end + token.length };
}

/**
 * The range [start, end] widened so that neither end falls inside a token; a caret inside one
 * moves to its end.
 */
export function outsideTokens(value, start, end, sourceCodes) {
  let from = start;
  let to = end;
  for (const token of tokensIn(value, sourceCodes)) {
    if (start === end && start > token.start && start < token.end) return [token.end, token.end];
    if (from > token.start && from < token.end) from = token.start;
    if (to > token.start && to < token.end) to = token.end;
  }
  return [from, to];
}

/**
 * What a deletion (Backspace: `backward`, Delete: forward) removes when it meets a token: the
 * whole token, never a part of it. Answers { start, end, code } for the token to remove, or null
 * when the deletion touches no token.
 */
export function tokenToDelete(value, caret, backward, sourceCodes) {
  for (const token of tokensIn(value, sourceCodes)) {
    const touches = backward ? caret > token.start && caret <= token.end : caret >= token.start && caret < token.end;
    if (touches) return token;
  }
  return null;
}

/**
 * A memory match's word differences (parts of { kind, memory, current }, whose `memory` texts join
 * into the memory's source) with the memory source's `codes` put in: each part's `memory` becomes a
 * list of text pieces and codes, a code at a boundary going with the part after it (never inside an
 * insertion, which has no memory text); codes at the very end go to the last part.
 */
export function diffWithCodes(parts, codes) {
  const queue = [...(codes || [])];
  let at = 0;
  const result = parts.map((part) => {
    const memory = part.memory || '';
    const pieces = [];
    let from = 0;
    while (memory && queue.length && queue[0].at < at + memory.length) {
      const code = queue.shift();
      const cut = Math.max(from, code.at - at);
      if (cut > from) pieces.push(memory.slice(from, cut));
      pieces.push(code);
      from = cut;
    }
    if (from < memory.length) pieces.push(memory.slice(from));
    at += memory.length;
    return { ...part, memory: pieces };
  });
  if (queue.length) {
    if (result.length === 0) result.push({ kind: 'same', memory: [], current: '' });
    result[result.length - 1].memory.push(...queue);
  }
  return result;
}

