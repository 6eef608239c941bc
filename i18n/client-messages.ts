import 'server-only';
import type { Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The message namespaces a client component reads, typed from messages/zh-CN.json (its literal types,
 * messages/zh-CN.d.json.ts, let fill() check placeholders). Templates keep their {placeholders}.
 */
export type MessagesOf<K extends keyof Messages> = Pick<Messages, K>;

/**
 * The page's messages for a client component, only the namespaces it reads: they travel in the page's
 * HTML as props, and no i18n runtime is shipped to the browser.
 */
export async function clientMessages<K extends keyof Messages>(...namespaces: K[]): Promise<MessagesOf<K>> {
  const all = await getMessages();
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as MessagesOf<K>;
}
