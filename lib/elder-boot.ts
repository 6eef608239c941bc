export const ELDER_KEY = 'shizha.elder';

/** Runs before React, from the layout, so a reader in elder mode never sees the small page first. */
export const ELDER_BOOT = `try{if(localStorage.getItem('${ELDER_KEY}')==='1')document.documentElement.dataset.mode='elder'}catch(e){}`;
