import { describe, expect, it } from 'vitest';
import { articleLabel, chineseNumeral, formatDate, shortFragment } from '@/lib/format';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [22, '二十二'],
    [38, '三十八'],
    [50, '五十'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('refuses what it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
  });

  it('labels articles in both locales', () => {
    expect(articleLabel(38, 'zh-CN')).toBe('第三十八条');
    expect(articleLabel(38, 'en')).toBe('Article 38');
  });
});

describe('formatDate', () => {
  it('writes source dates of every precision', () => {
    expect(formatDate('2023', 'zh-CN')).toBe('2023年');
    expect(formatDate('2017-01-24', 'zh-CN')).toBe('2017年1月24日');
    expect(formatDate('2021-12', 'zh-CN')).toBe('2021年12月');
    expect(formatDate('2017-01-24', 'en')).toBe('24 January 2017');
    expect(formatDate('2023', 'en')).toBe('2023');
    expect(formatDate('2021-12', 'en')).toBe('December 2021');
    expect(formatDate('2022-12-01', 'zh-CN')).toBe('2022年12月1日');
    expect(formatDate('2022-12-01', 'en')).toBe('1 December 2022');
  });
});

describe('shortFragment', () => {
  it('keeps a short query as typed', () => {
    expect(shortFragment('  安全账户 ')).toBe('安全账户');
  });

  it('cuts a crafted sentence to 20 characters, counting characters not UTF-16 units', () => {
    const crafted = '重要通知：您的账户已被冻结，请立即拨打 400-000-0000 联系客服解冻';
    expect(shortFragment(crafted)).toBe('重要通知：您的账户已被冻结，请立即拨打…');
    expect(shortFragment('😀'.repeat(25))).toBe(`${'😀'.repeat(20)}…`);
    expect(shortFragment('a\n\n b')).toBe('a b');
  });
});
