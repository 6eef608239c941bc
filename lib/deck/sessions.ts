/**
 * Ready-made sessions: one deck of two to four lessons for one audience, chosen by each case's
 * 易受骗群体 in the handbook (the 宣讲 page shows those lines beside each lesson, so the choice can be
 * checked). The audience's name is an interface string (messages deck.sessions.{id}); no lesson words
 * live here. `case:`/`tool:` and the slug name a lesson.
 */
export const SESSIONS = [
  { id: 'students', lessons: ['case:brushing-rebate', 'case:fake-credit-record', 'case:game-trading'] },
  { id: 'job-seekers', lessons: ['case:brushing-rebate', 'case:fake-loan', 'case:fake-credit-record'] },
  { id: 'parents', lessons: ['case:fake-boss', 'case:game-trading', 'case:brushing-rebate'] },
  { id: 'staff', lessons: ['case:fake-boss', 'case:fake-investment', 'tool:account-check'] },
  { id: 'residents', lessons: ['case:fake-police', 'case:fake-investment', 'tool:hotline-96110'] },
  { id: 'shoppers', lessons: ['case:fake-customer-service', 'case:fake-shopping', 'tool:sms-12381'] },
] as const satisfies readonly { id: string; lessons: readonly `${'case' | 'tool'}:${string}`[] }[];

export type SessionId = (typeof SESSIONS)[number]['id'];
