import type { ReactNode } from 'react';
import type { ScenarioMessage, ScenarioPart, Scenario } from '@/lib/content/model';
import { clueMarks, type Mark } from '@/lib/scenario';
import type { MessagesOf } from '@/i18n/client-messages';
import { fill } from '@/lib/quiz/fill';

type ScenarioText = MessagesOf<'scenario'>['scenario'];

interface Props {
  scenario: Scenario;
  messages: MessagesOf<'scenario'>;
  /** Clue spans to mark on the message, numbered from 1 in this order. */
  marks?: string[];
}

/** First character of a name, for the avatar; a number gets none. */
const initial = (name: string) => (/^[+\d(]/.test(name) ? '' : [...name.trim()][0]!);

/**
 * A text message, WeChat chat or call drawn the way the reader's phone shows it (HTML and CSS only,
 * no brand marks). No hooks: the server draws it, with or without JavaScript.
 */
export function ScenarioScreen({ scenario, messages, marks = [] }: Props) {
  const labels = messages.scenario;
  const where = clueMarks(scenario, marks);
  const t = (key: string, text: string | undefined) =>
    text ? <Marked text={text} marks={where.get(key)} labels={labels} /> : null;
  const channel = labels.channel[scenario.channel];
  const title = fill(labels.screen, { channel, from: scenario.group ?? scenario.from, time: scenario.time });
  const chat = scenario.channel === 'wechat';

  return (
    <figure className="mb-4" data-scenario={scenario.channel} aria-label={title}>
      {scenario.context && (
        <p className="mb-2 text-base text-muted">
          {labels.context}
          {t('context', scenario.context)}
        </p>
      )}
      <div className={`mx-auto max-w-md overflow-hidden rounded-3xl border-4 border-ink ${chat ? 'bg-[#ededed]' : 'bg-paper'}`}>
        {scenario.channel === 'call' ? (
          <div className="bg-[#1f2a37] px-4 py-5 text-center text-white">
            <p className="text-base">{labels.incoming}</p>
            <p className="mt-1 text-2xl font-bold break-all">{t('from', scenario.from)}</p>
            {scenario.note && <p className="mt-1 text-base">{t('note', scenario.note)}</p>}
            <p className="mt-1 text-base">{scenario.time}</p>
          </div>
        ) : (
          <figcaption className={`border-b border-line px-3 py-2 text-center ${chat ? 'bg-[#f7f7f7]' : 'bg-paper'}`}>
            <span className="block text-lg font-bold break-all">
              {chat && scenario.group ? t('group', scenario.group) : t('from', scenario.from)}
            </span>
            {scenario.note && <span className="block text-sm text-muted">{t('note', scenario.note)}</span>}
          </figcaption>
        )}
        <div className="space-y-3 p-3">
          {scenario.channel === 'call' ? (
            <p className="text-sm font-bold text-muted">{labels.transcript}</p>
          ) : (
            <p className="text-center text-sm text-muted">{scenario.time}</p>
          )}
          {scenario.messages.map((m, i) => (
            <Message key={i} m={m} i={i} scenario={scenario} labels={labels} t={t} />
          ))}
        </div>
      </div>
    </figure>
  );
}

type Text = (key: string, text: string | undefined) => ReactNode;

function Message({
  m,
  i,
  scenario,
  labels,
  t,
}: {
  m: ScenarioMessage;
  i: number;
  scenario: Scenario;
  labels: ScenarioText;
  t: Text;
}) {
  const mine = m.side === 'me';
  const name = m.name ?? scenario.from;
  const body = m.text
    ? t(`m${i}`, m.text)
    : m.parts!.map((p, j) => <Part key={j} p={p} k={`m${i}.${j}`} labels={labels} t={t} />);
  const time = m.time && <p className="text-center text-sm text-muted">{m.time}</p>;
  const who = <span className="sr-only">{mine ? labels.me : labels.them}</span>;

  if (scenario.channel === 'call') {
    return (
      <>
        {time}
        <p className={mine ? 'pl-6 text-right' : 'pr-6'}>
          <span className="font-bold">{mine ? labels.me : labels.them}</span>
          {body}
        </p>
      </>
    );
  }
  const bubble = mine ? 'bg-[#95ec69]' : scenario.channel === 'sms' ? 'bg-[#e9e9eb]' : 'bg-paper';
  return (
    <>
      {time}
      <div className={`flex items-start gap-2 ${mine ? 'flex-row-reverse' : ''}`}>
        {scenario.channel === 'wechat' && (
          <span
            aria-hidden="true"
            className={`flex size-[40px] shrink-0 items-center justify-center rounded-md text-[18px] font-bold text-white ${mine ? 'bg-[#4a6a8a]' : 'bg-[#8a5a2b]'}`}
          >
            {mine ? '' : initial(name)}
          </span>
        )}
        <div className={`min-w-0 max-w-[85%] ${mine ? 'text-left' : ''}`}>
          {scenario.group && !mine && <p className="text-sm text-muted">{t(`m${i}.name`, m.name) ?? scenario.from}</p>}
          <div className={`space-y-2 rounded-xl px-3 py-2 ${bubble}`}>
            {who}
            {body}
          </div>
        </div>
      </div>
    </>
  );
}

function Part({ p, k, labels, t }: { p: ScenarioPart; k: string; labels: ScenarioText; t: Text }) {
  if ('text' in p) return <p>{t(k, p.text)}</p>;
  if ('link' in p) {
    return (
      <p className="break-all text-link underline">
        {t(k, p.link)}
        <span className="sr-only">{labels.link}</span>
      </p>
    );
  }
  if ('transfer' in p || 'redPacket' in p) {
    const transfer = 'transfer' in p;
    return (
      <div className={`rounded-lg px-3 py-2 text-white ${transfer ? 'bg-[#a14f00]' : 'bg-[#b3261e]'}`}>
        <p className="text-xl font-bold">{transfer ? t(k, p.transfer) : t(k, p.redPacket)}</p>
        {transfer && p.note && <p>{t(`${k}.note`, p.note)}</p>}
        <p className="mt-1 border-t border-white/60 pt-1 text-sm">{transfer ? labels.transfer : labels.redPacket}</p>
      </div>
    );
  }
  if ('file' in p) {
    // Stacked, not side by side: in 关怀模式 at 375px a row leaves the name one character wide.
    return (
      <div className="rounded-lg border border-line bg-paper px-3 py-2">
        <span
          aria-hidden="true"
          className="inline-flex h-8 items-center rounded-sm bg-[#3b6fb6] px-2 text-xs font-bold text-white"
        >
          {labels.file}
        </span>
        <span className="sr-only">{labels.file} </span>
        <span className="mt-1 block font-bold break-all">{t(k, p.file)}</span>
        {p.size && <span className="block text-sm text-muted">{p.size}</span>}
      </div>
    );
  }
  return (
    <p className="flex min-h-20 items-center justify-center rounded-lg border-2 border-dashed border-muted bg-wash px-3 text-center text-muted">
      <span className="sr-only">{labels.image} </span>
      {t(k, p.image)}
    </p>
  );
}

/** A string with its clue spans marked and numbered. */
function Marked({ text, marks = [], labels }: { text: string; marks?: Mark[]; labels: ScenarioText }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    out.push(text.slice(at, m.start));
    out.push(
      <mark key={m.n} className="rounded bg-[#ffe08a] px-0.5 text-ink" data-clue={m.n}>
        <span
          aria-hidden="true"
          className="mr-0.5 inline-flex size-5 items-center justify-center rounded-full bg-brand-dark align-text-top text-xs font-bold text-white"
        >
          {m.n}
        </span>
        {text.slice(m.start, m.end)}
        <span className="sr-only">{fill(labels.clue, { n: m.n })}</span>
      </mark>,
    );
    at = m.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
