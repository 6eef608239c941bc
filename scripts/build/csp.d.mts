export interface ExtraOrigins {
  script: string[];
  connect: string[];
}
export function inlineScriptHashes(html: string): string[];
export function extraOrigins(env: Record<string, string | undefined>): ExtraOrigins;
export function policy(hashes: string[], extra?: ExtraOrigins): string;
export function withPolicy(html: string, extra: ExtraOrigins): string;
