export const ELDER_KEY = 'shizha.elder';

/**
 * Runs before React, from the layout, so a reader in elder mode never sees the small page first. It also
 * marks the page as scripted (data-js): controls that need JavaScript are in the HTML from the start and
 * shown at first paint, so nothing shifts when React takes over; without JavaScript CSS hides them.
 */
export const ELDER_BOOT = `document.documentElement.setAttribute('data-js','');try{if(localStorage.getItem('${ELDER_KEY}')==='1')document.documentElement.dataset.mode='elder'}catch(e){}`;
