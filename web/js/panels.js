// Panels that other features add to the editor's tool bar. Each module exports
// mount(element, { api, documentId, language, editor }) and returns { unmount() }.
// The editor announces every successful save with a 'tandem:unit-saved' event on window
// (detail: { documentId, language, unit }), so a panel can update live.
import * as alignPanel from './align-panel.js';
import * as coveragePanel from './coverage-panel.js';
import * as exchangePanel from './exchange.js';

export const editorPanels = [coveragePanel, alignPanel, exchangePanel];
