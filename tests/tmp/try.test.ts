import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyse } from '@/lib/scam-check/engine';
import { loadLocaleContent } from '@/lib/content/load';
import { CONTENT } from '../helpers';
const zh = loadLocaleContent('zh-CN', CONTENT).scamCheck;
const en = loadLocaleContent('en', CONTENT).scamCheck;
it('try', () => {
  const lines = readFileSync('/tmp/try.txt', 'utf8').trim().split('\n');
  for (const line of lines) {
    const [expect, t] = line.split('\t');
    const r = analyse(/^[A-Za-z]/.test(t!) ? en : zh, [], t!);
    const slugs = r.cases.slice(0, 3).map((c) => c.slug);
    const ok = expect === 'genuine' ? r.verdict !== 'stop' && r.verdict !== 'caution' : expect === 'other' ? ['stop', 'caution'].includes(r.verdict) : slugs[0] === expect;
    console.log('>>', ok ? 'OK  ' : 'MISS', expect.padEnd(22), r.verdict.padEnd(7), r.describes ? 'D' : ' ', slugs.join(','), '|', r.signals.join(','), '|', t!.slice(0, 40));
  }
});
