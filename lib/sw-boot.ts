/**
 * Registers the service worker (out/sw.js, written by scripts/build/service-worker.mjs) once the page has
 * loaded, then asks it to keep this language's lessons for offline reading (not when the reader has
 * asked the browser to save data). Inline, so it costs no
 * extra request; a browser without service workers (or `next dev`, which has no sw.js) just skips it.
 */
export const SW_BOOT = `if('serviceWorker'in navigator&&location.protocol!=='file:')addEventListener('load',function(){navigator.serviceWorker.register('/sw.js',{updateViaCache:'none'}).then(function(){return navigator.serviceWorker.ready}).then(function(r){var c=navigator.connection;if(r.active&&!(c&&c.saveData))r.active.postMessage({type:'precache',locale:document.documentElement.lang})}).catch(function(){})})`;
