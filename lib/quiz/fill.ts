/** The names of a template's "{name}" placeholders: Placeholders<'{correct} / {total}'> is 'correct' | 'total'. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * Fills "{name}" placeholders in a message template passed down to a client component. Templates come
 * typed as literals (messages/zh-CN.d.json.ts), so a missing or misspelt placeholder is a type error.
 */
export function fill<T extends string>(
  template: T,
  values: string extends T ? never : Record<Placeholders<T>, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    String((values as Record<string, string | number>)[key] ?? `{${key}}`),
  );
}
