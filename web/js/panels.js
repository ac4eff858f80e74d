// The panels the editor mounts, each a module exporting mount(element, { api, documentId, language,
// editor }) that returns { unmount() } (panel-host.js says what `editor` offers). Add a panel by
// adding its module to one of these lists.
import * as alignPanel from './align-panel.js';
import * as coveragePanel from './coverage-panel.js';
import * as exchangePanel from './exchange.js';
import * as memoryPanel from './memory-panel.js';
import * as qaPanel from './qa-panel.js';
import * as termsPanel from './terms-panel.js';
import * as unitDetails from './unit-details.js';

/** Compact panels in the one-line strip above the segments: files in and out. */
export const toolbarPanels = [exchangePanel, alignPanel];

/**
 * Panels beside the segments: the active unit's glossary terms, note and comments, the QA findings,
 * the coverage, the translation-memory matches; inline codes go here as their own module.
 */
export const sidePanels = [memoryPanel, termsPanel, unitDetails, qaPanel, coveragePanel];
