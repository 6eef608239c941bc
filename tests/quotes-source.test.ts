import { describe, expect, it } from 'vitest';
import { allArticles, loadLocaleContent, type LocaleContent } from '@/lib/content/load';
import { CONTENT, SOURCE_IDS, sourceText, type SourceId } from './helpers';

/** Punctuation, symbols and spacing differ between a scan and a page; the words must not. */
const normalise = (s: string) => s.replaceAll('條', '条').replace(/[\s\p{P}\p{S}]/gu, '');

/** Each source's text, normalised, with the repairs the sources page lists applied. */
function sourcesFor(content: LocaleContent) {
  const texts = new Map<string, string>();
  for (const id of SOURCE_IDS) {
    let text = normalise(sourceText(id));
    for (const r of content.sources.find((s) => s.id === id)?.repairs ?? []) {
      expect(text.includes(normalise(r.original)), `repair "${r.original}" must name text that is in ${id}`).toBe(true);
      text = text.replace(normalise(r.original), normalise(r.repaired));
    }
    texts.set(id, text);
  }
  return texts;
}

const inner = (body: string, tag: string) =>
  [...body.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
/** Markdown emphasis and list markers are layout, not words. */
const plain = (s: string) => s.replace(/\*\*/g, '').replace(/^\s*(?:[-*]|\d+\.)\s/gm, '');

/** Every text the Chinese edition shows as a source's own words, with the source it names. */
function quotations(content: LocaleContent): [where: string, source: string, text: string][] {
  const out: [string, string, string][] = [];
  for (const c of content.cases) {
    const body = c.body.replace(/<Step title="[^"]*">/g, '<Step>');
    for (const tag of ['Step', 'CaseStudy', 'PoliceTip', 'Remember']) {
      for (const text of inner(body, tag)) out.push([`${c.slug} <${tag}>`, c.frontmatter.source, plain(text)]);
    }
  }
  for (const t of content.tools) {
    for (const text of inner(t.body, 'PoliceTip')) out.push([`${t.slug} <PoliceTip>`, t.frontmatter.source, text]);
    const quoted = [...t.body.matchAll(/^> (.+)$/gm)].map((m) => m[1]!).join('');
    if (quoted) out.push([`${t.slug} blockquote`, t.frontmatter.source, quoted]);
    for (const m of t.body.matchAll(/手册中的提示是：“(.+?)”\n/g))
      out.push([`${t.slug} 手册中的提示`, t.frontmatter.source, m[1]!]);
  }
  for (const group of content.rules) {
    for (const item of group.items) out.push([`rule ${item.id}`, group.source.id, item.quote ?? item.text]);
  }
  for (const a of content.advice) {
    out.push([`advice ${a.id} method`, a.source.id, a.method]);
    a.advice.forEach((p, i) => out.push([`advice ${a.id} ${i + 1}`, a.source.id, p]));
  }
  const help = content.help;
  const paragraphs = [...help.steps.flatMap((s) => s.paragraphs), ...help.evidence.paragraphs, ...help.recovery.paragraphs];
  for (const p of paragraphs) if (p.quote && p.source) out.push([`help “${p.text.slice(0, 12)}…”`, p.source.id, p.text]);
  for (const s of content.sources) for (const c of s.cases ?? []) out.push([`sources ${s.id} ${c.title}`, s.id, c.text]);
  for (const note of content.legalNotes.items) {
    note.points.forEach((p, i) => out.push([`legal note ${note.id} ${i + 1}`, note.source.id, p]));
    if (note.intro) out.push([`legal note ${note.id} intro`, note.source.id, note.intro]);
  }
  for (const g of content.officialAccounts.groups.slice(1)) {
    for (const channel of g.channels)
      out.push([`official account ${g.owner} ${channel}`, content.officialAccounts.source.id, `${g.owner}${channel}`]);
  }
  content.lawGuide.intro.forEach((p, i) => out.push([`law guide intro ${i + 1}`, 'nafc-handbook-2023', p]));
  return out;
}

describe('every quotation is found in the source it names', () => {
  const content = loadLocaleContent('zh-CN', CONTENT);
  const sources = sourcesFor(content);
  const all = quotations(content);

  it('finds the quotations to check', () => {
    expect(all.length).toBeGreaterThan(120);
  });

  it.each(all)('%s (%s)', (_where, source, text) => {
    expect(SOURCE_IDS).toContain(source as SourceId);
    expect(sources.get(source)!.includes(normalise(text)), `not found in ${source}: ${text}`).toBe(true);
  });
});

describe('the English edition quotes the law in its own translation', () => {
  const en = loadLocaleContent('en', CONTENT);
  const translation = normalise(
    allArticles(en.law)
      .flatMap((a) => a.paragraphs.flatMap((p) => [p.text, ...(p.items ?? [])]))
      .join(''),
  );
  const help = en.help;
  const lawQuotes = [...help.steps.flatMap((s) => s.paragraphs), ...help.recovery.paragraphs].filter(
    (p) => p.quote && p.source?.id === 'law-2022',
  );

  it.each(lawQuotes.map((p) => [p.text.slice(0, 40), p.text]))('help: %s…', (_start, text) => {
    expect(translation.includes(normalise(text)), `not in the English law text: ${text}`).toBe(true);
  });
});
