import { describe, expect, it } from 'vitest';
import { lessonQuizPassed, gradeBand, isCorrect, scoreAttempt } from '@/lib/quiz/score';

const single = { id: 'a-1', topic: 'case:a', answer: ['b'] };
const multiple = { id: 'a-2', topic: 'case:a', answer: ['a', 'c'] };
const other = { id: 'law-1', topic: 'law', answer: ['true'] };

describe('isCorrect', () => {
  it('needs exactly the right option', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });
  it('needs every right option and no wrong one in multiple choice, in any order', () => {
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
  });
});

describe('scoreAttempt', () => {
  it('counts right answers, per topic, and lists what was missed (unanswered included)', () => {
    const score = scoreAttempt([single, multiple, other], { 'a-1': ['b'], 'a-2': ['a'] });
    expect(score).toEqual({
      correct: 1,
      total: 3,
      byTopic: [
        { topic: 'case:a', correct: 1, total: 2 },
        { topic: 'law', correct: 0, total: 1 },
      ],
      missed: ['a-2', 'law-1'],
      scam: { right: 0, total: 0, missed: [] },
      genuine: { right: 0, total: 0, missed: [] },
    });
  });
  it('gives full marks for all right answers', () => {
    expect(scoreAttempt([single, multiple, other], { 'a-1': ['b'], 'a-2': ['a', 'c'], 'law-1': ['true'] }).correct).toBe(3);
  });
});

describe('the judgement items, scored as a detector', () => {
  const judged = [
    ...[1, 2, 3, 4].map((n) => ({ id: `s-${n}`, topic: 'case:a', answer: ['scam'] })),
    ...[1, 2, 3, 4].map((n) => ({ id: `g-${n}`, topic: 'case:b', answer: ['genuine'] })),
    ...Array.from({ length: 12 }, (_, n) => ({ id: `o-${n}`, topic: 'law', answer: ['a'] })),
  ];
  const allOthersRight = Object.fromEntries(judged.filter((i) => i.id.startsWith('o')).map((i) => [i.id, ['a']]));
  const attempt = (say: (id: string) => string) =>
    scoreAttempt(judged, { ...allOthersRight, ...Object.fromEntries(judged.slice(0, 8).map((i) => [i.id, [say(i.id)]])) });

  it('counts scams caught and genuine messages trusted, each with the items missed', () => {
    const score = attempt((id) => (id === 's-2' || id === 'g-3' ? 'x' : id.startsWith('s') ? 'scam' : 'genuine'));
    expect(score.scam).toEqual({ right: 3, total: 4, missed: ['s-2'] });
    expect(score.genuine).toEqual({ right: 3, total: 4, missed: ['g-3'] });
  });

  it('keeps an attempt that calls every message a scam, or every one genuine, out of the top two bands', () => {
    for (const say of ['scam', 'genuine']) {
      const score = attempt(() => say);
      expect(score.correct).toBe(16);
      expect(gradeBand(score.correct, score.total)).toBe('good');
      expect(gradeBand(score.correct, score.total, [score.scam, score.genuine])).toBe('fair');
    }
    const honest = attempt((id) => (id.startsWith('s') ? 'scam' : 'genuine'));
    expect(gradeBand(honest.correct, honest.total, [honest.scam, honest.genuine])).toBe('excellent');
  });
});

describe('grade bands and lesson quizzes', () => {
  it.each([
    [20, 20, 'excellent'],
    [18, 20, 'excellent'],
    [17, 20, 'good'],
    [15, 20, 'good'],
    [12, 20, 'fair'],
    [11, 20, 'low'],
    [0, 20, 'low'],
  ])('%i/%i is %s', (correct, total, band) => {
    expect(gradeBand(correct, total)).toBe(band);
  });
  it('passes a lesson quiz at three quarters', () => {
    expect(lessonQuizPassed(3, 4)).toBe(true);
    expect(lessonQuizPassed(2, 4)).toBe(false);
    expect(lessonQuizPassed(0, 0)).toBe(false);
  });
});
