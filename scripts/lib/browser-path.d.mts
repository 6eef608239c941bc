export function findChromium(): string | null;
export function playwrightChromium(): Promise<string | null>;
