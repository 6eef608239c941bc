import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allArticles, loadLocaleContent } from '@/lib/content/load';
import type { LocaleContent } from '@/lib/content/model';
import { CONTENT, SOURCE_IDS, sourceText, type SourceId } from './helpers';
import { distance, foundIn, normalise, sentences, sharesRun } from './quote-finder';

/*
 * Every text the Chinese edition shows as a source's words, or credits to a source, is checked against the
 * part of that source it names: a lesson's <PoliceTip> and any “警方提醒：…” against that case's 警方提醒,
 * a 切记 against its 切记, a 典型案例 retelling's amounts and names against its case, a rule against its
 * list. The texts are found by how the content marks them (tags, fields, labels, quote marks after a
 * label), in every content file, so text added later is checked without being listed here.
 */

const HANDBOOK = 'nafc-handbook-2023';
/** A text that reads as a source's rule without naming which: found in any of them. */
const ANY = 'any source';
type Part = 'all' | 'method' | 'step1' | 'step2' | 'step3' | 'case' | 'police-tip' | 'remember' | 'fanshi';

const zh = loadLocaleContent('zh-CN', CONTENT);

/** The repairs the sources page lists, applied to a normalised text. */
function repaired(id: string, text: string) {
  for (const r of zh.sources.find((s) => s.id === id)?.repairs ?? [])
    text = text.replace(normalise(r.original), normalise(r.repaired));
  return text;
}

/** The handbook cut into its cases' and tools' parts, each normalised with the repairs applied. */
function handbookParts() {
  const lines = sourceText(HANDBOOK).split('\n');
  const parts = new Map<string, string>();
  const put = (key: string, from: number, to: number) =>
    parts.set(key, repaired(HANDBOOK, normalise(lines.slice(from, to).join('\n'))));
  const titleLine = (title: string) => lines.findIndex((l) => new RegExp(`^#+\\s*${title}\\s*$`).test(l));
  const toolsStart = lines.findIndex((l) => /^##\s*1\s*国家反诈中心/.test(l));
  const starts = zh.cases.map((c) => titleLine(c.frontmatter.title));
  zh.cases.forEach((c, i) => {
    const start = starts[i]!;
    if (start < 0) throw new Error(`the handbook has no section titled ${c.frontmatter.title}`);
    const end = Math.min(...starts.filter((s) => s > start), toolsStart);
    const at = (re: RegExp, from = start) => {
      const j = lines.findIndex((l, k) => k > from && k < end && re.test(l));
      if (j < 0) throw new Error(`${c.slug}: no ${re} in its handbook section`);
      return j;
    };
    const caseAt = at(/^#+\s*典型案例/);
    const tipAt = at(/^#+\s*警方提醒/, caseAt);
    const rememberAt = at(/^\*\*切记\*\*/, tipAt);
    const steps = [1, 2, 3].map((n) => at(new RegExp(`^#+\\s*第${'一二三'[n - 1]}步`)));
    put(`case:${c.slug}:all`, start, end);
    put(`case:${c.slug}:method`, start, caseAt);
    steps.forEach((s, k) => put(`case:${c.slug}:step${k + 1}`, s, steps[k + 1] ?? caseAt));
    put(`case:${c.slug}:case`, caseAt, tipAt);
    put(`case:${c.slug}:police-tip`, tipAt, rememberAt);
    put(`case:${c.slug}:remember`, rememberAt, end);
  });
  // The seven tools follow one another, each chapter under the same running header.
  const lawStart = lines.findIndex((l, k) => k > toolsStart && /^#\s*《反电信网络诈骗法》/.test(l));
  const chapters = [toolsStart];
  lines.forEach((l, k) => k > toolsStart && k < lawStart && /^#\s*7\s*全民反诈在行动/.test(l) && chapters.push(k));
  for (const tool of zh.tools) {
    const from = chapters[tool.frontmatter.order - 1]!;
    const to = chapters[tool.frontmatter.order] ?? lawStart;
    put(`tool:${tool.slug}:all`, from, to);
    const tip = lines.findIndex((l, k) => k > from && k < to && /^#+.*警方提醒/.test(l));
    const tipEnd = tip < 0 ? -1 : lines.findIndex((l, k) => k > tip && k < to && /^#/.test(l));
    parts.set(
      `tool:${tool.slug}:police-tip`,
      tip < 0 ? '' : repaired(HANDBOOK, normalise(lines.slice(tip, tipEnd < 0 ? to : tipEnd).join('\n'))),
    );
  }
  const fanshi = lines.findIndex((l) => /^#.*八个\*\*凡是/.test(l));
  put(
    'fanshi',
    fanshi,
    lines.findIndex((l, k) => k > fanshi && /^#/.test(l)),
  );
  return parts;
}

const PARTS = handbookParts();
const WHOLE = new Map(SOURCE_IDS.map((id) => [id, repaired(id, normalise(sourceText(id)))]));

/** Where a text is looked for: a source, and within the handbook the case or tool and the part. */
interface Target {
  source: string;
  cases?: string[];
  tools?: string[];
  part: Part;
}

/** The normalised texts a target names; several when the context names several cases (any may hold it). */
function textsOf(t: Target): string[] {
  if (t.source === ANY) return [...WHOLE.values()];
  if (t.source !== HANDBOOK || t.part === 'all') {
    if (t.source === HANDBOOK && (t.cases?.length || t.tools?.length))
      return [
        ...(t.cases ?? []).map((c) => PARTS.get(`case:${c}:all`)!),
        ...(t.tools ?? []).map((x) => PARTS.get(`tool:${x}:all`)!),
      ];
    return [WHOLE.get(t.source as SourceId) ?? ''];
  }
  if (t.part === 'fanshi') return [PARTS.get('fanshi')!];
  // Only cases have these parts, and tools a 警方提醒 of their own. With no case named, any case's part of that kind.
  const toolTip = t.part === 'police-tip' && !t.cases?.length;
  const cases = t.cases?.length ? t.cases : toolTip && t.tools?.length ? [] : zh.cases.map((c) => c.slug);
  const out = cases.map((c) => PARTS.get(`case:${c}:${t.part}`)!);
  if (toolTip)
    out.push(...(t.tools?.length ? t.tools : zh.tools.map((x) => x.slug)).map((x) => PARTS.get(`tool:${x}:police-tip`)!));
  return out;
}
const describeTarget = (t: Target) =>
  `${t.source}${t.cases?.length ? ` ${t.cases.join('/')}` : ''}${t.tools?.length ? ` ${t.tools.join('/')}` : ''} ${t.part}`;

interface Finding {
  file: string;
  where: string;
  problem: string;
}
/** One checked text: found word for word (quote), or its amounts, names and quoted words found (credited). */
interface Check {
  file: string;
  where: string;
  kind: 'quote' | 'credited';
  text: string;
  target: Target;
}

/** A credited retelling may word things its own way; its amounts, anonymised names and “quoted words” may not. */
const NUMBER = /\d+(?:\.\d+)?\s*(?:万|千|亿)?(?:余|多)?\s*(?:元|美元|人|家|个|岁|次|单|张|天|小时|分钟|年|月|日|%)?/g;
const RETELLING = /先后|一笔笔|多次|几笔|分[0-9一二三四五六七八九十]+次|拿回|追回|挽回|退还|返还|没能|全部损失/g;
const NAME = /[\u4e00-\u9fa5]某(?![\u4e00-\u9fa5]{0,1}[某])/g;

function problemsOf(check: Check): string[] {
  const texts = textsOf(check.target);
  const inSource = (s: string) => texts.some((t) => foundIn(s, t));
  if (check.kind === 'quote') {
    if (inSource(check.text)) return [];
    return [`not found in ${describeTarget(check.target)}: “${check.text}”`];
  }
  const problems: string[] = [];
  for (const m of check.text.matchAll(NUMBER))
    if (!inSource(m[0].trim())) problems.push(`amount ${m[0].trim()} not in ${describeTarget(check.target)}`);
  for (const m of check.text.matchAll(NAME))
    if (!inSource(m[0])) problems.push(`name ${m[0]} not in ${describeTarget(check.target)}`);
  // A retold case says no more than the case about how the money went and whether it came back.
  if (check.target.part === 'case')
    for (const m of check.text.matchAll(RETELLING))
      if (!inSource(m[0])) problems.push(`“${m[0]}” is not in ${describeTarget(check.target)}`);
  for (const m of check.text.matchAll(/[“「]([^”」]{2,})[”」]/g))
    if (!inSource(m[1]!)) problems.push(`quoted words “${m[1]}” not in ${describeTarget(check.target)}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Labelled text inside any string: “手册切记：…”, “警方提醒：…”, “八个“凡是”：…”, “手册典型案例：…”, “福建2020年通报：…”.

const LABEL =
  /(?<who>福建[^：。，“”]{0,12}?|(?:浙江)?(?:省)?2017年[^：。，“”]{0,10}?|国家反诈中心|手册(?:里|的|中的)?)?(?<what>切记|警方提醒|提醒|原话|典型案例|真实案例|案例|作案手法(?:第(?<step>[一二三])步)?|八个“凡是”(?:第[一二三四五六七八]条)?|凡是[1-8]|通报|防范短信[^：。]{0,6}|介绍|建议|指出)(?:的原话)?：/g;

function labelTarget(
  who: string | undefined,
  what: string,
  step: string | undefined,
  ctx: Context,
): { target: Target; kind: Check['kind'] } | undefined {
  const source = who?.startsWith('福建') ? 'fujian-2020' : who && /2017|浙江/.test(who) ? 'zhejiang-2017' : HANDBOOK;
  if (source === HANDBOOK && !who && !/切记|警方提醒|凡是|典型案例|作案手法/.test(what)) return undefined;
  const base = { source, cases: source === HANDBOOK ? ctx.cases : undefined, tools: source === HANDBOOK ? ctx.tools : undefined };
  if (source !== HANDBOOK) return { target: { ...base, part: 'all' }, kind: /提醒|原话/.test(what) ? 'quote' : 'credited' };
  if (/凡是/.test(what)) return { target: { source, part: 'fanshi' }, kind: 'quote' };
  if (what === '切记') return { target: { ...base, part: 'remember' }, kind: 'quote' };
  if (/警方提醒|^提醒$/.test(what)) return { target: { ...base, part: 'police-tip' }, kind: 'quote' };
  if (what === '原话') return { target: { ...base, part: 'all' }, kind: 'quote' };
  if (/案例/.test(what)) return { target: { ...base, part: 'case' }, kind: 'credited' };
  // “作案手法第三步” is that step; a plain “作案手法” retelling may draw on the whole case section.
  if (/作案手法/.test(what))
    return { target: { ...base, part: step ? (`step${'一二三'.indexOf(step) + 1}` as Part) : 'all' }, kind: 'credited' };
  // 手册介绍, 手册指出…: the handbook as a whole.
  return { target: { source, part: 'all' }, kind: 'credited' };
}

const SAYS =
  /(?<who>福建[^“”。：]{0,10}|手册|警方提醒|切记|国家反诈中心|答记者问)(?:（[^）]{0,10}）)?(?:里|中|上)?(?:也)?(?:说|写道|写着|提醒|称|原话是|的原话|的说法)[：，]?[^“”。：]{0,8}“(?<q>[^”]{2,})”/g;

interface Context {
  file: string;
  source?: string;
  cases?: string[];
  tools?: string[];
}

/**
 * The checks a string holds. After a quoting label, the words up to the end of the sentence are the
 * source's (or the words in “…” right after the label); the following sentences of the same passage
 * are the source's as long as they are found there, and one that is not but shares a long run with
 * it is reported as a misquote. After a crediting label, the sentence that follows is credited.
 */
function labelled(text: string, ctx: Context, where: string): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const matches = [...text.matchAll(LABEL)];
  matches.forEach((m, i) => {
    const t = labelTarget(m.groups?.who, m.groups?.what ?? '', m.groups?.step, ctx);
    if (!t) return;
    const start = m.index! + m[0].length;
    const end = Math.min(matches[i + 1]?.index ?? text.length, ...[text.indexOf('\n', start)].filter((x) => x >= 0));
    const passage = text.slice(start, end);
    const at = `${where} ${m[0]}`;
    if (t.kind === 'credited') {
      checks.push({ file: ctx.file, where: at, kind: 'credited', text: sentences(passage)[0] ?? '', target: t.target });
      return;
    }
    const quoted = /^[“「]([^”」]+)[”」]/.exec(passage);
    if (quoted) {
      checks.push({ file: ctx.file, where: at, kind: 'quote', text: quoted[1]!, target: t.target });
      return;
    }
    const [first, ...rest] = sentences(passage);
    if (!first) return;
    checks.push({ file: ctx.file, where: at, kind: 'quote', text: first, target: t.target });
    let sofar = first;
    const texts = textsOf(t.target);
    for (const s of rest) {
      if (texts.some((x) => foundIn(sofar + s, x))) sofar += s;
      else {
        if (texts.some((x) => sharesRun(s, x)))
          findings.push({ file: ctx.file, where: at, problem: `misquoted after the label: “${s}”` });
        break;
      }
    }
  });
  // A sentence in the form of the handbook's rules, “凡是……都是诈骗”, reads as one of them: it is found in a source as it stands.
  for (const m of text.matchAll(/凡是(?!”)[^。！？!?]*都是诈骗[。！？!?]?/g))
    checks.push({ file: ctx.file, where: `${where} 凡是…`, kind: 'quote', text: m[0], target: { source: ANY, part: 'all' } });
  // “…” after a source's name and a verb: 手册写道“…”, 警方提醒说“…”, 答记者问（2022年）说，这类犯罪“…”.
  for (const m of text.matchAll(SAYS)) {
    const who = m.groups?.who ?? '';
    const target =
      who === '答记者问'
        ? ({ source: 'law-2022', part: 'all' } as Target)
        : labelTarget(
            who === '手册' ? undefined : who,
            who === '手册' ? '原话' : who.startsWith('福建') ? '提醒' : who,
            undefined,
            ctx,
          )?.target;
    if (target)
      checks.push({ file: ctx.file, where: `${where} ${m[0].slice(0, 8)}…`, kind: 'quote', text: m.groups?.q ?? '', target });
  }
  return { checks, findings };
}

// ---------------------------------------------------------------------------------------------------
// Walking every content file.

/** Keys that hold no words credited to a source: ids, references, what a reader types, the scammer's message. */
const SKIP = new Set(['id', 'ref', 'source', 'phrases', 'match', 'unless', 'span', 'options', 'prompt', 'answer']);
// Files checked by their own describe blocks below, whole: the law and the rules, advice, notes and accounts quoted whole.
const WHOLE_FILES = new Set([
  'law.json',
  'law-guide.json',
  'rules.json',
  'advice.json',
  'legal-notes.json',
  'official-accounts.json',
  'sources.json',
]);

function jsonFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, r)).isDirectory() ? jsonFiles(dir, r) : name.endsWith('.json') ? [r] : [];
  });
}

function fileContext(file: string, data: Record<string, unknown>): Context {
  const m = /^(?:walkthroughs|quiz\/cases)\/(.+)\.json$/.exec(file);
  const t = /^quiz\/tools\/(.+)\.json$/.exec(file);
  return {
    file,
    source: typeof data.source === 'string' ? data.source : undefined,
    cases: m ? [m[1]!] : undefined,
    tools: t ? [t[1]!] : undefined,
  };
}

/** An object's own context: its `ref`, its `cases`, its `source` narrow what its strings may quote. */
function narrow(ctx: Context, value: Record<string, unknown>): Context {
  const ref = value.ref as { case?: string; tool?: string } | undefined;
  const cases = Array.isArray(value.cases) && value.cases.length ? (value.cases as string[]) : undefined;
  return {
    ...ctx,
    source: typeof value.source === 'string' ? value.source : ctx.source,
    cases: ref?.case ? [ref.case] : ref?.tool ? undefined : (cases ?? ctx.cases),
    tools: ref?.tool ? [ref.tool] : ref?.case ? undefined : ctx.tools,
  };
}

function walk(value: unknown, ctx: Context, where: string, out: { checks: Check[]; findings: Finding[] }) {
  if (typeof value === 'string') {
    const r = labelled(value, ctx, where);
    out.checks.push(...r.checks);
    out.findings.push(...r.findings);
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, ctx, `${where}[${(v as { id?: string })?.id ?? i}]`, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const inner = narrow(ctx, obj);
    // A scam-check sign explains itself "in the seeds' words", naming its source: its amounts, names and quoted words are that source's.
    if (typeof obj.explain === 'string' && typeof obj.source === 'string')
      out.checks.push({
        file: ctx.file,
        where: `${where}.explain`,
        kind: 'credited',
        text: obj.explain,
        target: { source: obj.source, part: 'all' },
      });
    for (const [k, v] of Object.entries(obj)) {
      // A scenario is the scammer's message as the phone shows it; its clues explain it, and may cite.
      if (k === 'scenario') walk((v as { clues?: unknown }).clues, inner, `${where}.clues`, out);
      else if (!SKIP.has(k)) walk(v, inner, `${where}.${k}`, out);
    }
  }
}

/** A walkthrough credits its story to its case: what the scammer does next, and what happened to the victim. */
function walkthroughChecks(): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  for (const d of zh.walkthroughs) {
    const file = `walkthroughs/${d.slug}.json`;
    const target: Target = { source: d.source.id, cases: [d.slug], part: 'all' };
    d.steps.forEach((step, i) => {
      for (const c of step.choices) {
        const where = `step ${i + 1}${c.id}`;
        // Our own guess at the scammer's next move is labelled 本站; otherwise it is the case's.
        if (c.next && !c.next.startsWith('本站')) {
          checks.push({ file, where: `${where} next`, kind: 'credited', text: c.next, target });
          if (!/[“「]/.test(c.next))
            findings.push({
              file,
              where: `${where} next`,
              problem: `names no move in the source's words (quote the case's “…” or label it 本站): ${c.next}`,
            });
        }
        if (!c.safe)
          checks.push({
            file,
            where: `${where} outcome`,
            kind: 'credited',
            text: c.outcome,
            target: { ...target, part: 'case' },
          });
      }
    });
  }
  return { checks, findings };
}

/** A poster's step line is ours, faithful to its step: the words it puts in quote marks are the step's. */
function stepLineChecks(): Check[] {
  return zh.cases.flatMap((c) =>
    c.frontmatter.stepLines.map((line, i) => ({
      file: `cases/${c.slug}.mdx`,
      where: `stepLines[${i}]`,
      kind: 'credited' as const,
      text: line,
      target: { source: c.frontmatter.source, cases: [c.slug], part: `step${i + 1}` as Part },
    })),
  );
}

const inner = (body: string, tag: string) =>
  [...body.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
/** Markdown emphasis and list markers are layout, not words. */
const plain = (s: string) => s.replace(/\*\*/g, '').replace(/^\s*(?:[-*]|\d+\.)\s/gm, '');

/** The texts shown whole as a source's words: lesson tags, rules, advice, notes, accounts, help quotes. */
function wholeQuotes(content: LocaleContent): Check[] {
  const out: Check[] = [];
  const q = (file: string, where: string, target: Target, text: string) => out.push({ file, where, kind: 'quote', text, target });
  const TAG_PART: Record<string, Part> = { CaseStudy: 'case', PoliceTip: 'police-tip', Remember: 'remember' };
  for (const c of content.cases) {
    const file = `cases/${c.slug}.mdx`;
    const t = (part: Part): Target => ({ source: c.frontmatter.source, cases: [c.slug], part });
    inner(c.body, 'Step').forEach((text, i) => q(file, `<Step> ${i + 1}`, t(`step${i + 1}` as Part), plain(text)));
    for (const [tag, part] of Object.entries(TAG_PART))
      for (const text of inner(c.body, tag)) q(file, `<${tag}>`, t(part), plain(text));
  }
  for (const tool of content.tools) {
    const file = `tools/${tool.slug}.mdx`;
    const t = (part: Part): Target => ({ source: tool.frontmatter.source, tools: [tool.slug], part });
    for (const text of inner(tool.body, 'PoliceTip')) q(file, '<PoliceTip>', t('police-tip'), text);
    const quoted = [...tool.body.matchAll(/^> (.+)$/gm)].map((m) => m[1]!).join('');
    if (quoted) q(file, 'blockquote', t('all'), quoted);
    for (const m of tool.body.matchAll(/手册中的提示是：“(.+?)”\n/g)) q(file, '手册中的提示', t('all'), m[1]!);
  }
  for (const group of content.rules) {
    for (const item of group.items)
      q(
        'rules.json',
        item.id,
        { source: group.source.id, part: group.id === 'fanshi' ? 'fanshi' : 'all' },
        item.quote ?? item.text,
      );
  }
  for (const a of content.advice) {
    q('advice.json', `${a.id} method`, { source: a.source.id, part: 'all' }, a.method);
    a.advice.forEach((p, i) => q('advice.json', `${a.id} ${i + 1}`, { source: a.source.id, part: 'all' }, p));
  }
  const help = content.help;
  const paragraphs = [...help.steps.flatMap((s) => s.paragraphs), ...help.evidence.paragraphs, ...help.recovery.paragraphs];
  for (const p of paragraphs) {
    if (!p.source) continue;
    const part: Part = p.label === '切记' ? 'remember' : p.label === '警方提醒' ? 'police-tip' : 'all';
    if (p.quote) q('help.json', `“${p.text.slice(0, 12)}…”`, { source: p.source.id, part }, p.text);
    else
      out.push({
        file: 'help.json',
        where: `“${p.text.slice(0, 12)}…”`,
        kind: 'credited',
        text: p.text,
        target: { source: p.source.id, part },
      });
  }
  for (const s of content.sources)
    for (const c of s.cases ?? []) q('sources.json', `${s.id} ${c.title}`, { source: s.id, part: 'all' }, c.text);
  for (const note of content.legalNotes.items) {
    note.points.forEach((p, i) => q('legal-notes.json', `${note.id} ${i + 1}`, { source: note.source.id, part: 'all' }, p));
    if (note.intro) q('legal-notes.json', `${note.id} intro`, { source: note.source.id, part: 'all' }, note.intro);
  }
  for (const g of content.officialAccounts.groups.slice(1))
    for (const channel of g.channels)
      q(
        'official-accounts.json',
        `${g.owner} ${channel}`,
        { source: content.officialAccounts.source.id, part: 'all' },
        `${g.owner}${channel}`,
      );
  content.lawGuide.intro.forEach((p, i) => q('law-guide.json', `intro ${i + 1}`, { source: HANDBOOK, part: 'all' }, p));
  return out;
}

/** Every check and finding over the Chinese content. */
function collect() {
  const out = { checks: wholeQuotes(zh), findings: [] as Finding[] };
  const root = path.join(CONTENT, 'zh-CN');
  for (const file of jsonFiles(root)) {
    if (WHOLE_FILES.has(file)) continue;
    const data = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
    walk(data, fileContext(file, data), '', out);
  }
  for (const c of [...zh.cases, ...zh.tools]) {
    // Labelled words in a lesson's own prose (outside the quoted tags, already checked whole).
    const isCase = zh.cases.includes(c as (typeof zh.cases)[number]);
    const prose = c.body.replace(/<(Step|CaseStudy|PoliceTip|Remember)[\s\S]*?<\/\1>/g, '');
    const ctx: Context = {
      file: `${isCase ? 'cases' : 'tools'}/${c.slug}.mdx`,
      cases: isCase ? [c.slug] : undefined,
      tools: isCase ? undefined : [c.slug],
    };
    const r = labelled(prose, ctx, '');
    out.checks.push(...r.checks);
    out.findings.push(...r.findings);
  }
  const d = walkthroughChecks();
  out.checks.push(...d.checks, ...stepLineChecks());
  out.findings.push(...d.findings);
  const all = [
    ...out.findings,
    ...out.checks.flatMap((c) => problemsOf(c).map((problem) => ({ file: c.file, where: c.where, problem }))),
  ];
  return { checks: out.checks, findings: all };
}

const { checks, findings } = collect();
// QUOTE_FINDINGS=file writes every finding there, one a line, to read them all at once.
if (process.env.QUOTE_FINDINGS)
  writeFileSync(process.env.QUOTE_FINDINGS, findings.map((f) => `${f.file} ${f.where}: ${f.problem}`).join('\n'));
const byFile = (list: Finding[]) => [...new Set(list.map((f) => f.file))].sort();

describe('every text shown as a source’s words, or credited to one, is found in the part of the source it names', () => {
  it('finds the texts to check, in every kind of file', () => {
    const files = new Set(checks.map((c) => c.file.split('/')[0]));
    for (const kind of [
      'cases',
      'tools',
      'walkthroughs',
      'quiz',
      'scam-check.json',
      'help.json',
      'rules.json',
      'legal-notes.json',
    ])
      expect(files, kind).toContain(kind);
    expect(checks.filter((c) => c.kind === 'quote').length).toBeGreaterThan(280);
    expect(checks.filter((c) => c.kind === 'credited').length).toBeGreaterThan(150);
    console.info(
      `quote test: ${checks.filter((c) => c.kind === 'quote').length} quotations, ${checks.filter((c) => c.kind === 'credited').length} credited texts; ` +
        `${findings.length} findings`,
    );
  });

  it.each(byFile(findings).map((f) => [f]))('%s', (file) => {
    expect(findings.filter((f) => f.file === file).map((f) => `${f.where}: ${f.problem}`)).toEqual([]);
  });
});

describe('a repair only mends what the extraction damaged', () => {
  const repairs = zh.sources.flatMap((s) => (s.repairs ?? []).map((r) => [s.id, r.original, r.repaired] as const));
  it.each(repairs)('%s: “%s” → “%s”', (id, original, fixed) => {
    expect(normalise(sourceText(id as SourceId)).includes(normalise(original)), 'its before-text is in the source').toBe(true);
    const a = normalise(original);
    const b = normalise(fixed);
    // A few characters, or one repeated passage dropped whole (the repaired text then still stands in the source).
    const dropsRepeat =
      a.includes(b) && a.replace(b, '').length > 3 && WHOLE.get(id as SourceId)!.split(a.replace(b, '')).length > 2;
    expect(distance(a, b) <= 3 || dropsRepeat, `changes ${distance(a, b)} characters`).toBe(true);
  });
  it('the English sources page lists the same repairs', () => {
    const en = loadLocaleContent('en', CONTENT).sources;
    for (const s of zh.sources) expect(en.find((x) => x.id === s.id)?.repairs?.length ?? 0, s.id).toBe(s.repairs?.length ?? 0);
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
    expect(foundIn(text, translation), `not in the English law text: ${text}`).toBe(true);
  });

  // A walkthrough's “what they try next” quotes its lesson's English, as the Chinese quotes the handbook.
  it.each(en.walkthroughs.map((d) => [d.slug, d] as const))(
    'walkthrough %s: each next move is in its lesson’s words',
    (slug, walkthrough) => {
      const lesson = en.cases.find((c) => c.slug === slug)!;
      const words = normalise(plain(lesson.body)).toLowerCase();
      const problems = walkthrough.steps.flatMap((step, i) =>
        step.choices.flatMap((c) => {
          if (!c.next || c.next.startsWith('Our guess')) return [];
          const quoted = [...c.next.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
          if (quoted.length === 0) return [`step ${i + 1}${c.id}: no words of the lesson: ${c.next}`];
          return quoted
            .filter((q) => !words.includes(normalise(q).toLowerCase()))
            .map((q) => `step ${i + 1}${c.id}: “${q}” not in the lesson`);
        }),
      );
      expect(problems).toEqual([]);
    },
  );
});

describe('finding a quote keeps what changes its meaning', () => {
  it('a digit, a decimal point, a split number and a sentence mark', () => {
    expect(foundIn('转账13.7万元', normalise('转账 13.7 万元后'))).toBe(true);
    expect(foundIn('转账137万元', normalise('转账13.7万元'))).toBe(false);
    expect(foundIn('3万元', normalise('共13万元'))).toBe(false);
    expect(foundIn('请拨打96110-8', normalise('请拨打961108'))).toBe(false);
    expect(foundIn('都是诈骗？', normalise('都是诈骗！'))).toBe(false);
    // A quote may end where the source's sentence goes on, and a list item's 。 stands for a line end.
    expect(foundIn('务必到官方平台核实。', normalise('务必到官方平台核实，切勿…'))).toBe(true);
    expect(foundIn('不要点击。不要转账。', normalise('◎ 不要点击\n◎ 不要转账！'))).toBe(false);
    expect(foundIn('不要点击。不要转账！', normalise('◎ 不要点击\n◎ 不要转账！'))).toBe(true);
  });
});
