import { describe, expect, it } from 'vitest';
import { emptyProgress, markLessonQuizPassed, markRead, parseProgress, recordAnswers, recordSelfTest } from '@/lib/progress';

describe('stored progress', () => {
  it('round-trips', () => {
    const p = recordSelfTest(markLessonQuizPassed(markRead(emptyProgress(), 'case:fake-loan'), 'tool:nafc-app'), 18, 20, 1);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['JSON but not an object', '42'],
    ['an older version', JSON.stringify({ v: 0, read: [], checks: [], missed: [] })],
    ['a wrong shape', JSON.stringify({ v: 1, read: 'all', checks: [], missed: [] })],
    ['numbers where ids belong', JSON.stringify({ v: 1, read: [1, 2], checks: [], missed: [] })],
  ])('is discarded when it is %s', (_what, raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress());
  });

  it('drops a malformed last score but keeps the rest', () => {
    const raw = JSON.stringify({ v: 1, read: ['case:a'], checks: [], missed: [], last: { correct: 'x' } });
    expect(parseProgress(raw)).toEqual({ ...emptyProgress(), read: ['case:a'] });
  });

  it.each([
    ['an absurd count', { correct: 1e308, total: 1e308, at: 1 }],
    ['more right answers than items', { correct: 21, total: 20, at: 1 }],
    ['a negative count', { correct: -1, total: 20, at: 1 }],
    ['a fraction', { correct: 1.5, total: 20, at: 1 }],
    ['no items', { correct: 0, total: 0, at: 1 }],
    ['an impossible date', { correct: 1, total: 20, at: 1e300 }],
  ])('drops a last score with %s, which it would otherwise show', (_what, last) => {
    const raw = JSON.stringify({ v: 1, read: ['case:a'], checks: [], missed: [], last });
    expect(parseProgress(raw)).toEqual({ ...emptyProgress(), read: ['case:a'] });
  });

  it('marks a lesson read once, and a passed check as read too', () => {
    const p = markLessonQuizPassed(markRead(markRead(emptyProgress(), 'case:a'), 'case:a'), 'case:b');
    expect(p.read).toEqual(['case:a', 'case:b']);
    expect(p.checks).toEqual(['case:b']);
  });

  it('keeps wrong answers for review until they are answered right', () => {
    let p = recordAnswers(emptyProgress(), [
      { id: 'x-1', correct: false },
      { id: 'x-2', correct: true },
      { id: 'x-3', correct: false },
    ]);
    expect(p.missed).toEqual(['x-1', 'x-3']);
    p = recordAnswers(p, [{ id: 'x-1', correct: true }]);
    expect(p.missed).toEqual(['x-3']);
  });
});
