// The panels the editor mounts, each a module exporting mount(element, { api, documentId, language,
// editor }) that returns { unmount() } (panel-host.js says what `editor` offers). Add a panel by
// adding its module to one of these lists.
import * as alignPanel from './align-panel.js';
import * as coveragePanel from './coverage-panel.js';
import * as exchangePanel from './exchange.js';

/** Compact panels in the strip above the segments. */
export const toolbarPanels = [coveragePanel, exchangePanel, alignPanel];

/**
 * Panels beside the segments, about the active unit: translation-memory matches, glossary terms,
 * QA findings and inline codes go here as their own modules.
 */
export const sidePanels = [];
