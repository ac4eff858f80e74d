// node --test web/test: inline codes as the editor's tokens, and what the keyboard may do to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokened, untokened, editorUnit, serverEdit, codeProblems, insertNextTag, tokenToDelete, outsideTokens, diffWithCodes } from '../js/inline-codes.js';

const link = [
  { id: '1', kind: 'open', at: 5, type: 'link', data: '<a href="https://example.org">' },
  { id: '1', kind: 'close', at: 9, type: 'link', data: '</a>' },
  { id: '2', kind: 'placeholder', at: 10, type: 'linebreak', data: '<br/>' },
];

test('a target with codes reads as tokens and goes back to the same text and codes', () => {
  const value = tokened('Read the plan.', link);
  assert.equal(value, 'Read ⟨1⟩the ⟨/1⟩p⟨2/⟩lan.');
  assert.deepEqual(untokened(value, link), { text: 'Read the plan.', codes: link });
});

test('a token the source does not have is plain text, and a unit without codes is untouched', () => {
  assert.deepEqual(untokened('See ⟨7⟩ here', link), { text: 'See ⟨7⟩ here', codes: [] });
  assert.deepEqual(untokened('See ⟨1⟩ here', []), { text: 'See ⟨1⟩ here', codes: [] });
  const plain = { id: 'u1', target: 'Bonjour', sourceCodes: [] };
  assert.equal(editorUnit(plain), plain);
  assert.deepEqual(serverEdit({ target: 'Bonjour' }, []), { target: 'Bonjour' });
});

test('a save sends plain text with the codes where the translator moved them', () => {
  const unit = editorUnit({ target: 'Lisez le plan.', codes: [{ ...link[0], at: 9 }, { ...link[1], at: 13 }], sourceCodes: link });
  assert.equal(unit.target, 'Lisez le ⟨1⟩plan⟨/1⟩.');
  const edit = serverEdit({ target: '⟨1⟩Lisez⟨/1⟩ le plan.', status: 'translated' }, link);
  assert.equal(edit.target, 'Lisez le plan.');
  assert.deepEqual(edit.codes.map((code) => [code.kind, code.at, code.data]), [['open', 0, link[0].data], ['close', 5, '</a>']]);
});

test('a pair opened and never closed, a tag twice, or a tag that must stay left out are problems', () => {
  assert.match(codeProblems('⟨1⟩Lisez le plan.', link).problems.join(' '), /opened and never closed/);
  assert.match(codeProblems('⟨1⟩a⟨/1⟩ ⟨1⟩b⟨/1⟩', link).problems.join(' '), /twice/);
  const kept = [{ ...link[2], canDelete: false }];
  assert.match(codeProblems('Lisez', kept).problems.join(' '), /may not be left out/);
  assert.deepEqual(codeProblems('⟨1⟩Lisez⟨/1⟩ le plan.', link).problems, [], 'a deletable line break may go');
});

test('the next tag goes in at the caret, and a pair goes around the selected words', () => {
  assert.deepEqual(insertNextTag('Lisez le plan.', 6, 6, link), { value: 'Lisez ⟨1⟩le plan.', caret: 9 });
  assert.deepEqual(insertNextTag('Lisez le plan.', 9, 13, link), { value: 'Lisez le ⟨1⟩plan⟨/1⟩.', caret: 20 });
  assert.deepEqual(insertNextTag('Lisez le ⟨1⟩plan⟨/1⟩.', 21, 21, link), { value: 'Lisez le ⟨1⟩plan⟨/1⟩.⟨2/⟩', caret: 25 });
  assert.equal(insertNextTag('⟨1⟩a⟨/1⟩⟨2/⟩', 0, 0, link), null, 'every tag placed');
});

test('Backspace and Delete take a whole tag, and a selection never cuts one in half', () => {
  const value = 'Lisez ⟨1⟩le plan';
  assert.deepEqual(tokenToDelete(value, 9, true, link).code.kind, 'open');
  assert.equal(tokenToDelete(value, 6, false, link).start, 6);
  assert.equal(tokenToDelete(value, 5, true, link), null);
  assert.deepEqual(outsideTokens(value, 7, 11, link), [6, 11]);
  assert.deepEqual(outsideTokens(value, 7, 7, link), [9, 9], 'a caret inside a tag moves past it');
});

test("a match's word differences keep the memory source's codes where they stand, a boundary code with the part after it", () => {
  // memory "Read the guide now." with ⟨1⟩guide⟨/1⟩; current "Read a guide now!"
  const parts = [
    { kind: 'same', memory: 'Read', current: '' },
    { kind: 'changed', memory: ' the', current: ' a' },
    { kind: 'same', memory: ' guide now', current: '' },
    { kind: 'inserted', memory: '', current: ' today' },
    { kind: 'changed', memory: '.', current: '!' },
  ];
  const codes = [{ id: '1', kind: 'open', at: 9, type: 'link' }, { id: '1', kind: 'close', at: 14, type: 'link' },
    { id: '2', kind: 'placeholder', at: 19, type: 'linebreak' }];
  const pieces = diffWithCodes(parts, codes).map((part) => part.memory.map((piece) => (typeof piece === 'string' ? piece : tokened('', [{ ...piece, at: 0 }]))));
  assert.deepEqual(pieces, [['Read'], [' the'], [' ', '⟨1⟩', 'guide', '⟨/1⟩', ' now'], [], ['.', '⟨2/⟩']]);
  assert.deepEqual(diffWithCodes(parts, []).map((part) => part.memory.join('')), parts.map((part) => part.memory));
});
