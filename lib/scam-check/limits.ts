// The engine's two limits, in a module of their own: the /check/ page shows them at first paint, and the
// engine itself is loaded only after the page is up (components/scam-check/ScamCheck.tsx).

/** Pasted text beyond this is not scanned (the page says so); keeps every analysis fast. */
export const MAX_TEXT = 100_000;
/** More marks than this would make a long paste slow to draw on a cheap phone. */
export const MAX_MARKS = 200;
