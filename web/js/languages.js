// Language facts the page needs: writing direction and a list to suggest in language fields.

const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

export const COMMON_LANGUAGES = ['ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it',
  'ja', 'ko', 'nl', 'no', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'ur', 'vi', 'zh', 'zh-Hans', 'zh-Hant'];

/** 'rtl' or 'ltr' for a BCP 47 tag: the script subtag wins over the language (e.g. az-Arab). */
export function direction(tag) {
  const parts = String(tag || '').toLowerCase().split(/[-_]/);
  const script = parts.find((part, index) => index > 0 && part.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(parts[0]) ? 'rtl' : 'ltr';
}

export function languageDatalist(h, id) {
  return h('datalist', { id }, COMMON_LANGUAGES.map((lang) => h('option', { value: lang })));
}
