import 'server-only';
import path from 'node:path';
import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { readJson } from './files';
import { ContentError, type Problems } from './problems';

/** One locale's content folder while it loads: where files are, and every problem found so far. */
export class LoadContext {
  constructor(
    readonly root: string,
    readonly locale: Locale,
    readonly problems: Problems,
  ) {}

  /** How a file of this locale is named in a problem: "content/zh-CN/rules.json". */
  name(file: string) {
    return path.join(path.basename(this.root), this.locale, file);
  }

  /** Reads and validates a JSON file of this locale; undefined (and a problem) when it fails. */
  read<T>(file: string, schema: z.ZodType<T>) {
    return readJson(this.root, path.join(this.locale, file), schema, this.problems);
  }

  unique<T>(items: T[], key: (item: T) => string | number, file: string, what: string) {
    const seen = new Set<string | number>();
    for (const item of items) {
      const k = key(item);
      if (seen.has(k)) this.problems.add(file, `duplicate ${what} "${k}"`);
      seen.add(k);
    }
  }
}

/**
 * Resolves ids of one collection to its objects. An id the collection's file does not have is a problem
 * against the file that names it. An id that exists may still resolve to nothing when its own object had
 * a problem — already reported, so not reported again. When the collection's file failed to load,
 * references into it are not checked at all: that file's failure is reported once.
 */
export class Lookup<T> {
  private readonly map?: Map<string | number, T | undefined>;

  constructor(
    private readonly ctx: LoadContext,
    private readonly what: string,
    entries: [string | number, T | undefined][] | undefined,
  ) {
    this.map = entries && new Map(entries);
  }

  get(file: string, id: string | number, message = `unknown ${this.what} "${id}"`): T | undefined {
    if (!this.map) return undefined;
    if (!this.map.has(id)) this.ctx.problems.add(file, message);
    return this.map.get(id);
  }

  /** Every id resolved, in order; ids that failed are left out (their problem is already reported). */
  all(file: string, ids: readonly (string | number)[], message?: (id: string | number) => string): T[] {
    return defined(ids.map((id) => this.get(file, id, message?.(id))));
  }

  has(id: string | number) {
    return this.map?.has(id) ?? false;
  }

  /** The object for an id, without reporting an unknown one (the caller words that problem). */
  peek(id: string | number) {
    return this.map?.get(id);
  }

  /** Every object that resolved, in the order of its file. */
  values(): T[] {
    return defined([...(this.map?.values() ?? [])]);
  }
}

export const defined = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

/** A collection every page needs, after the problems were thrown: it is there, or loading stops here. */
export function loaded<T>(value: T | undefined, file: string): T {
  if (value === undefined) throw new ContentError([`${file}: did not load`]);
  return value;
}
