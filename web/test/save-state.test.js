// node --test web/test: the editor's save and conflict rules, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as save from '../js/save-state.js';

const unit = (fields = {}) => ({ id: 'u1', sources: ['s1'], target: '', status: 'initial', rev: 0, ...fields });

test('a first keystroke makes an unsaved draft that saves as initial', () => {
  const typed = save.typed(save.initial(unit()), 'Bonjour');
  assert.equal(typed.phase, 'unsaved');
  assert.equal(save.shownStatus(typed), 'draft');
  const { state, request } = save.beginSave(typed);
  assert.deepEqual(request, { baseRev: 0, target: 'Bonjour', status: 'initial' });
  assert.equal(state.phase, 'saving');
});

test('an empty unit shows as empty, a typed unconfirmed one as draft, a confirmed one by its status', () => {
  assert.equal(save.shownStatus(save.initial(unit())), 'empty');
  assert.equal(save.shownStatus(save.initial(unit({ target: 'Bonjour' }))), 'draft');
  assert.equal(save.shownStatus(save.initial(unit({ target: 'Bonjour', status: 'final' }))), 'final');
  assert.equal(save.shownStatus(save.typed(save.initial(unit({ target: 'Bonjour', status: 'translated' })), '  ')), 'empty');
});

test('nothing is sent when the text and status did not change', () => {
  const state = save.typed(save.initial(unit({ target: 'Bonjour', status: 'translated', rev: 3 })), 'Bonjour');
  const answer = save.beginSave(state);
  assert.equal(answer.request, null);
  assert.equal(answer.state.phase, 'saved');
  assert.equal(answer.state.draft, null);
});

test('editing a reviewed unit saves it as translated again; confirming keeps the chosen status', () => {
  const reviewed = save.initial(unit({ target: 'Bonjour', status: 'reviewed', rev: 2 }));
  assert.equal(save.beginSave(save.typed(reviewed, 'Bonsoir')).request.status, 'translated');
  assert.equal(save.beginSave(save.typed(reviewed, 'Bonsoir'), 'reviewed').request.status, 'reviewed');
  assert.equal(save.beginSave(save.typed(reviewed, ''), 'final').request.status, 'initial', 'an empty target is never confirmed');
});

test('typing during a save is kept and asks for another save when the first answers', () => {
  let { state, request } = save.beginSave(save.typed(save.initial(unit()), 'Bon'));
  state = save.typed(state, 'Bonjour');
  const during = save.beginSave(state);
  assert.equal(during.request, null, 'one save at a time');
  state = save.saveSucceeded(during.state, unit({ target: 'Bon', rev: 1 }), request);
  assert.equal(state.draft, 'Bonjour');
  assert.equal(state.phase, 'unsaved');
  assert.equal(state.again, true);
  assert.deepEqual(save.beginSave(state).request, { baseRev: 1, target: 'Bonjour', status: 'initial' });
});

test('confirming while an autosave of the same text is under way stores the status next', () => {
  let { state, request } = save.beginSave(save.typed(save.initial(unit()), 'Bonjour'));
  state = save.beginSave(state, 'translated').state;
  state = save.saveSucceeded(state, unit({ target: 'Bonjour', rev: 1 }), request);
  assert.equal(state.again, true);
  assert.deepEqual(save.beginSave(state).request, { baseRev: 1, target: 'Bonjour', status: 'translated' });
});

test('a refused save becomes a conflict that keeps both versions until the translator chooses', () => {
  const theirs = unit({ target: 'Salut', status: 'translated', rev: 1, by: 'Ana' });
  let { state, request } = save.beginSave(save.typed(save.initial(unit()), 'Bonjour'), 'translated');
  state = save.saveRefused(state, theirs, request);
  assert.equal(state.phase, 'conflict');
  assert.deepEqual(state.conflict, { theirs, mine: 'Bonjour' });
  assert.equal(save.beginSave(state).request, null, 'no save while the conflict waits');

  const mine = save.keepMine(state);
  assert.deepEqual(save.beginSave(mine).request, { baseRev: 1, target: 'Bonjour', status: 'translated' });
  const taken = save.takeTheirs(state);
  assert.equal(taken.phase, 'saved');
  assert.equal(save.text(taken), 'Salut');
  assert.equal(save.text(save.mergeBoth(state)), 'Bonjour\nSalut');
});

test('a failed save keeps the draft and is retried by the next save', () => {
  let { state } = save.beginSave(save.typed(save.initial(unit()), 'Bonjour'));
  state = save.saveFailed(state, 'offline');
  assert.equal(state.phase, 'failed');
  assert.equal(state.draft, 'Bonjour');
  assert.equal(save.beginSave(state).request.target, 'Bonjour');
});

test('someone else saving is shown, accepted or warned about depending on the local draft', () => {
  const theirs = unit({ target: 'Salut', rev: 1 });
  assert.equal(save.remoteSaved(save.initial(unit({ rev: 1 })), theirs).effect, 'ignored');
  assert.equal(save.remoteSaved(save.initial(unit()), theirs).effect, 'updated');
  assert.equal(save.remoteSaved(save.typed(save.initial(unit()), 'Salut'), theirs).effect, 'accepted');
  const warned = save.remoteSaved(save.typed(save.initial(unit()), 'Bonjour'), theirs);
  assert.equal(warned.effect, 'warned');
  assert.equal(warned.state.draft, 'Bonjour', 'the local text is never clobbered');
  const echo = save.beginSave(save.typed(save.initial(unit()), 'Salut')).state;
  assert.equal(save.remoteSaved(echo, theirs).effect, 'ignored', 'the echo of our own save');
});

test('a comment someone adds reaches the row without touching the text being typed', () => {
  const comment = { id: 'c1', unitId: 'u1', text: 'Check the date', by: 'Rita', resolved: false };
  const typing = save.typed(save.initial(unit({ rev: 1 })), 'Bonj');
  const { state, effect } = save.remoteSaved(typing, unit({ rev: 1, comments: [comment] }));
  assert.equal(effect, 'comments');
  assert.deepEqual(state.unit.comments, [comment]);
  assert.equal(state.draft, 'Bonj');
  assert.equal(state.phase, 'unsaved');
  assert.equal(save.remoteSaved(state, unit({ rev: 1, comments: [comment] })).effect, 'ignored', 'the same comments twice');
});

test('revert drops an unsaved edit, and undoes one the autosave stored by saving the entered text', () => {
  const entered = save.enter(save.initial(unit({ target: 'Photo', status: 'translated', rev: 4 })));
  const dropped = save.revert(save.typed(entered, 'Photo (brouillon)'));
  assert.equal(dropped.effect, 'dropped');
  assert.equal(save.text(dropped.state), 'Photo');

  let { state, request } = save.beginSave(save.typed(entered, 'Photo (brouillon)'));
  state = save.saveSucceeded(state, unit({ target: 'Photo (brouillon)', status: 'translated', rev: 5 }), request);
  const undone = save.revert(state);
  assert.equal(undone.effect, 'save');
  assert.deepEqual(save.beginSave(undone.state).request, { baseRev: 5, target: 'Photo', status: 'translated' });
  assert.equal(save.revert(entered).effect, 'none');
});

test('the page status sums up every unit', () => {
  assert.equal(save.pageStatus(['saved', 'saved']), 'All changes saved');
  assert.equal(save.pageStatus(['saved', 'saving']), 'Saving…');
  assert.equal(save.pageStatus(['unsaved', 'conflict']), 'Some changes are not saved');
});
