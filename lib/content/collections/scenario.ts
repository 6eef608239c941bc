import 'server-only';
import { z } from 'zod';
import { refSchema, text } from '../fields';

// Scenario messages, drawn the way the reader's phone shows them (components/phone/). A message is
// `text` alone or a list of parts; a link is only ever shown as text, never as something to tap.
const partSchema = z.union([
  z.strictObject({ text }),
  z.strictObject({ link: text }),
  z.strictObject({ transfer: text, note: text.optional() }),
  z.strictObject({ redPacket: text }),
  z.strictObject({ file: text, size: text.optional() }),
  z.strictObject({ image: text }),
]);
const messageSchema = z
  .strictObject({
    side: z.enum(['them', 'me']),
    /** In a group chat: the member's nickname as shown. */
    name: text.optional(),
    /** A time stamp shown above this message. */
    time: text.optional(),
    text: text.optional(),
    parts: z.array(partSchema).min(1).optional(),
  })
  .refine((m) => !!m.text !== !!m.parts, { message: 'a message has either text or parts' });
export const clueSchema = z.strictObject({ span: text, reason: text, ref: refSchema });
export const phoneScenarioSchema = z.strictObject({
  channel: z.enum(['sms', 'wechat', 'call']),
  /** What the phone shows: a number, a short code, a saved contact or a nickname. Never a verdict. */
  from: text,
  /** A second line the phone shows: "未保存的号码", a caller-ID label, "通讯录联系人". */
  note: text.optional(),
  /** A WeChat group's name; `from` is then the member who writes. */
  group: text.optional(),
  time: text,
  /** What the reader already knows, in one neutral line ("你前几天在网上买过一支染发剂"). */
  context: text.optional(),
  messages: z.array(messageSchema).min(1),
});
export const scenarioSchema = phoneScenarioSchema.extend({ clues: z.array(clueSchema).min(1) });

export type PhoneScenario = z.infer<typeof phoneScenarioSchema>;
export type PhoneMessage = PhoneScenario['messages'][number];
export type PhonePart = NonNullable<PhoneMessage['parts']>[number];
export type Clue = z.infer<typeof clueSchema>;
