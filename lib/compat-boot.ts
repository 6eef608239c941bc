/**
 * Runs before first paint, from the layout's inline script: marks <html data-no-flex-gap> where flex
 * containers ignore `gap` (Chromium before 84, Safari before 14.1), so the margin fallback that
 * scripts/build/postcss-old-webviews.mjs writes for every gap utility applies there and nowhere else.
 * A column flex box with a 1px row gap between two empty children is 1px tall only if gap works.
 */
export const FLEX_GAP_BOOT =
  "try{var d=document.createElement('div');d.style.cssText='display:flex;flex-direction:column;row-gap:1px;position:absolute';" +
  "d.appendChild(document.createElement('div'));d.appendChild(document.createElement('div'));" +
  "var r=document.documentElement;r.appendChild(d);if(d.scrollHeight!==1)r.setAttribute('data-no-flex-gap','');r.removeChild(d)}catch(e){}";
