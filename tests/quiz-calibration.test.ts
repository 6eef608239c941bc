import { describe, expect, it } from 'vitest';
import { calibratedBand, orderMistakes } from '@/lib/quiz/calibration';
import { hashString, withShuffledOptions } from '@/lib/quiz/random';

const scenario = { id: 'fake-police-5', type: 'scenario' };
const recall = { id: 'fake-police-2', type: 'truefalse' };
const other = { id: 'rules-4', type: 'single' };

describe('calibratedBand', () => {
  it('keeps a high band when every scenario was right and no wrong answer was sure', () => {
    expect(calibratedBand('excellent', [scenario, recall, other], ['rules-4'], { 'rules-4': 'unsure' })).toBe('excellent');
    expect(calibratedBand('good', [scenario, recall], [], {})).toBe('good');
  });

  it('is not reassuring when a scenario was missed, however high the score', () => {
    expect(calibratedBand('excellent', [scenario, recall, other], ['fake-police-5'], {})).toBe('fair');
    expect(calibratedBand('good', [scenario, recall], ['fake-police-5'], { 'fake-police-5': 'unsure' })).toBe('fair');
  });

  it('is not reassuring when the reader was sure of a wrong answer', () => {
    expect(calibratedBand('excellent', [scenario, recall], ['fake-police-2'], { 'fake-police-2': 'sure' })).toBe('fair');
  });

  it('never raises a band', () => {
    expect(calibratedBand('low', [scenario], [], {})).toBe('low');
    expect(calibratedBand('fair', [scenario], ['fake-police-5'], {})).toBe('fair');
  });
});

describe('orderMistakes', () => {
  it('puts the wrong answers the reader was sure of first, each group in attempt order', () => {
    const missed = [{ id: 'a-1' }, { id: 'a-2' }, { id: 'a-3' }, { id: 'a-4' }];
    const { sureWrong, other } = orderMistakes(missed, { 'a-2': 'sure', 'a-4': 'sure', 'a-3': 'unsure' });
    expect(sureWrong.map((i) => i.id)).toEqual(['a-2', 'a-4']);
    expect(other.map((i) => i.id)).toEqual(['a-1', 'a-3']);
  });
});

describe('withShuffledOptions', () => {
  const item = { id: 'x-1', options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })), answer: ['a'] };
  const order = (seed: number) =>
    withShuffledOptions(item, seed)
      .options.map((o) => o.id)
      .join('');

  it("keeps a judgement item's two options in their one order, attempt after attempt", () => {
    const judged = {
      id: 'x-2',
      options: [
        { id: 'scam', text: '骗局' },
        { id: 'genuine', text: '真的' },
      ],
      answer: ['genuine'],
    };
    for (let seed = 1; seed < 20; seed++)
      expect(withShuffledOptions(judged, seed).options.map((o) => o.id)).toEqual(['scam', 'genuine']);
  });

  it('gives the same order for the same attempt, and keeps every option', () => {
    expect(order(42)).toBe(order(42));
    expect([...order(42)].sort().join('')).toBe('abcde');
  });

  it('gives different orders across attempts', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => order(i + 1)));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('derives distinct item seeds from one attempt seed', () => {
    expect(hashString('7:x-1')).not.toBe(hashString('7:x-2'));
  });
});
