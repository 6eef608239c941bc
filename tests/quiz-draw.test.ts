import { describe, expect, it } from 'vitest';
import { drawBalanced, drawReview, drawSelfTest, JUDGEMENT_DRAW, SELF_TEST_SIZE } from '@/lib/quiz/draw';
import { seededRandom } from '@/lib/quiz/random';

// 19 topics like the real bank: 10 cases, 7 tools, the law and the rules, with uneven sizes.
const topics = [
  ...Array.from({ length: 10 }, (_, i) => `case:c${i}`),
  ...Array.from({ length: 7 }, (_, i) => `tool:t${i}`),
  'law',
  'rules',
];
// Each topic's first items are judgement items, some genuine (fewer on the tools, as in the real bank).
const bank = topics.flatMap((topic, t) =>
  Array.from({ length: 3 + (t % 7) }, (_, i) => ({
    id: `${topic}-${i}`,
    topic,
    answer: [i === 0 ? 'scam' : i === 1 && t < 12 ? 'genuine' : 'a'],
  })),
);

describe('drawBalanced', () => {
  it('draws the requested number of distinct items', () => {
    const draw = drawBalanced(bank, SELF_TEST_SIZE, seededRandom(1));
    expect(draw).toHaveLength(20);
    expect(new Set(draw.map((i) => i.id)).size).toBe(20);
  });

  it('spreads the items over every topic, no topic more than one ahead of another', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const draw = drawBalanced(bank, 20, seededRandom(seed));
      const counts = topics.map((t) => draw.filter((i) => i.topic === t).length);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('differs from one attempt to the next', () => {
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        drawBalanced(bank, 20, seededRandom(seed + 1))
          .map((i) => i.id)
          .join(),
      ),
    );
    expect(draws.size).toBe(20);
  });

  it('repeats exactly for the same seed (the no-JavaScript sample is stable)', () => {
    expect(drawBalanced(bank, 20, seededRandom(7))).toEqual(drawBalanced(bank, 20, seededRandom(7)));
  });

  it('returns everything when the bank is smaller than the draw', () => {
    expect(drawBalanced(bank.slice(0, 5), 20, seededRandom(3))).toHaveLength(5);
  });
});

describe('drawSelfTest', () => {
  it('draws at least 8 judgement items, half genuine, with every topic still balanced', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const draw = drawSelfTest(bank, SELF_TEST_SIZE, seededRandom(seed));
      expect(new Set(draw.map((i) => i.id)).size).toBe(SELF_TEST_SIZE);
      const judged = draw.filter((i) => i.answer[0] === 'scam' || i.answer[0] === 'genuine');
      const genuine = judged.filter((i) => i.answer[0] === 'genuine').length;
      expect(judged.length).toBeGreaterThanOrEqual(JUDGEMENT_DRAW);
      expect(Math.abs(genuine - judged.length / 2)).toBeLessThanOrEqual(1);
      const counts = topics.map((t) => draw.filter((i) => i.topic === t).length);
      expect(Math.max(...counts) - Math.min(...counts), `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('drawReview', () => {
  it('draws only the missed items that still exist in the bank', () => {
    const missed = ['case:c1-0', 'law-1', 'gone-9'];
    const draw = drawReview(bank, missed, 20, seededRandom(2));
    expect(draw.map((i) => i.id).sort()).toEqual(['case:c1-0', 'law-1']);
  });
});
