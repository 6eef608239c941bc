import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLocaleContent } from '@/lib/content/load';
import { analyse } from '@/lib/scam-check/engine';
import { CONTENT } from './helpers';
it('probe', () => {
  const zh = loadLocaleContent('zh-CN', CONTENT).scamCheck;
  const en = loadLocaleContent('en', CONTENT).scamCheck;
  const lines = readFileSync('/tmp/t21o/probe.txt', 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (const l of lines) {
    const r = analyse(/[a-z]/i.test(l.slice(0, 3)) ? en : zh, [], l);
    out.push(`${r.verdict.padEnd(7)} [${r.signals}] {${r.cases.map((c) => c.slug).join(',')}} ${l.slice(0, 70)}`);
  }
  console.log(out.join('\n'));
});
