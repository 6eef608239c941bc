import type { ReactNode } from 'react';
import type { Messages } from 'next-intl';
import { ScenarioScreen } from '@/components/scenario/ScenarioScreen';
import type { MessagesOf } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import type { RuleGroup, SourceInfo } from '@/lib/content/model';
import type { Part, Slide } from '@/lib/deck/build';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/quiz/fill';
import { LessonQr } from './LessonQr';

/** What every slide reads besides its own data: labels, the lesson's source, the closing slide's rules. */
export interface SlideContext {
  locale: Locale;
  t: Messages['deck'];
  lessonLabels: Messages['lesson'];
  sourceLabels: Messages['source'];
  walkthrough: Messages['walkthrough'];
  scenario: MessagesOf<'scenario'>;
  emergency: string;
  sanbu: RuleGroup;
  source: SourceInfo;
}

const partLabel = (t: SlideContext['t'], part?: Part) => (part && part.of > 1 ? fill(t.part, { n: part.n, of: part.of }) : '');
/** "举手投票 2/3", or just "举手投票" where a session keeps one. */
const voteLabel = (t: SlideContext['t'], s: { n: number; of: number }) => (s.of > 1 ? fill(t.vote, s) : t.voteOne);
const questionLabel = (t: SlideContext['t'], s: { n: number; of: number }) => (s.of > 1 ? fill(t.question, s) : t.questionOne);

/** A slide's heading: the name the counter announces. */
export function slideName(slide: Slide, c: SlideContext): string {
  const l = c.lessonLabels;
  switch (slide.kind) {
    case 'title':
      return slide.title;
    case 'audience':
      return l.audience;
    case 'step':
      return `${slide.title}${partLabel(c.t, slide.part)}`;
    case 'text':
      return `${slide.section === 'case' ? l.case : l.policeTip}${partLabel(c.t, slide.part)}`;
    case 'section':
      return `${slide.title}${partLabel(c.t, slide.part)}`;
    case 'remember':
      return `${l.remember}${partLabel(c.t, slide.part)}`;
    case 'vote':
      return `${voteLabel(c.t, slide)} · ${slide.revealed ? c.t.voteResult : slide.step.stage}`;
    case 'question':
      return `${questionLabel(c.t, slide)}${slide.revealed ? ` · ${c.scenario.scenario[slide.item.genuine ? 'cluesGenuine' : 'cluesScam']}` : ''}`;
    case 'closing':
      return c.sanbu.title;
  }
}

/** The source line the slides that quote the lesson carry. */
function SourceNote({ c }: { c: SlideContext }) {
  const s = c.sourceLabels;
  return (
    <p className="deck-source">
      {s.label}
      {fill(s.title, { title: c.source.title })} · {fill(s.asOf, { date: formatDate(c.source.date, c.locale) })}
    </p>
  );
}

const LETTERS = 'ABCDE';

/** What one slide shows. Headings are interface strings; every other word comes from the lesson. */
export function SlideBody({ slide, c }: { slide: Slide; c: SlideContext }): ReactNode {
  const l = c.lessonLabels;
  const heading = (text: string, kicker?: string) => (
    <div className="deck-head">
      {kicker && <p className="deck-kicker">{kicker}</p>}
      <h2 className="deck-h">{text}</h2>
    </div>
  );
  switch (slide.kind) {
    case 'title':
      return (
        <div className="deck-title">
          <h2 className="deck-h deck-h-title">{slide.title}</h2>
          <p className="deck-lead">{slide.lead}</p>
          <SourceNote c={c} />
        </div>
      );
    case 'audience':
      return (
        <>
          {heading(l.audience)}
          <p className="deck-big">{slide.text}</p>
          <SourceNote c={c} />
        </>
      );
    case 'step':
      return (
        <>
          {heading(`${slide.title}${partLabel(c.t, slide.part)}`, fill(c.t.step, { n: slide.n, of: slide.of }))}
          <p className="deck-line">{slide.line}</p>
          <p className="deck-body">{slide.text}</p>
          <SourceNote c={c} />
        </>
      );
    case 'text':
      return (
        <>
          {heading(slideName(slide, c))}
          <p className={slide.section === 'policeTip' ? 'deck-body deck-tip' : 'deck-body'}>{slide.text}</p>
          <SourceNote c={c} />
        </>
      );
    case 'section':
      return (
        <>
          {heading(slideName(slide, c))}
          <p className="deck-body">{slide.text}</p>
          <SourceNote c={c} />
        </>
      );
    case 'remember':
      return (
        <>
          {heading(slideName(slide, c))}
          <p className="deck-remember">{slide.text}</p>
          <SourceNote c={c} />
        </>
      );
    case 'vote':
      return <Vote slide={slide} c={c} />;
    case 'question':
      return <Question slide={slide} c={c} />;
    case 'closing':
      return (
        <div className="deck-closing">
          <div className="deck-closing-text">
            <h2 className="deck-h">{c.sanbu.title}</h2>
            <ul className="deck-sanbu">
              {c.sanbu.items.map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ul>
            <p className="deck-emergency">{c.emergency}</p>
          </div>
          <div className="deck-qrs">
            {slide.lessons.map((lesson) => (
              <LessonQr key={lesson.path} locale={c.locale} path={lesson.path} label={fill(c.t.qr, { title: lesson.title })} />
            ))}
          </div>
        </div>
      );
  }
}

function Vote({ slide, c }: { slide: Extract<Slide, { kind: 'vote' }>; c: SlideContext }) {
  const { step } = slide;
  const kicker = voteLabel(c.t, slide);
  if (!slide.revealed) {
    return (
      <div className="deck-split">
        <div className="deck-scenario deck-scenario-wide">
          <ScenarioScreen scenario={step.scenario} messages={c.scenario} />
        </div>
        <div className="deck-side">
          <p className="deck-kicker">{kicker}</p>
          <h2 className="deck-h deck-h-side">{step.stage}</h2>
          <p className="deck-ask">{c.t.voteAsk}</p>
          <ol className="deck-choices">
            {step.choices.map((choice, i) => (
              <li key={choice.id} className="deck-item">
                <span className="deck-letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span className="sr-only">{LETTERS[i]}. </span>
                {choice.text}
              </li>
            ))}
          </ol>
        </div>
      </div>
    );
  }
  return (
    <>
      <div className="deck-head">
        <p className="deck-kicker">
          {kicker} · {c.t.voteResult}
        </p>
        <h2 className="deck-h">{step.stage}</h2>
      </div>
      <ol className="deck-outcomes" start={slide.choice === undefined ? undefined : slide.choice + 1}>
        {step.choices
          .map((choice, i) => ({ choice, i }))
          .filter(({ i }) => slide.choice === undefined || i === slide.choice)
          .map(({ choice, i }) => (
            <li key={choice.id} className="deck-item deck-result" data-safe={choice.safe}>
              <p className="deck-outcome-head">
                <span className="deck-letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span className="sr-only">{LETTERS[i]}. </span>
                {choice.text}
                <strong className="deck-verdict">{choice.safe ? c.walkthrough.safe : c.walkthrough.risky}</strong>
              </p>
              <p className="deck-outcome">{choice.outcome}</p>
            </li>
          ))}
      </ol>
      <SourceNote c={c} />
    </>
  );
}

function Question({ slide, c }: { slide: Extract<Slide, { kind: 'question' }>; c: SlideContext }) {
  const { item } = slide;
  const s = item.scenario;
  const answer = item.options
    .filter((o) => item.answer.includes(o.id))
    .map((o) => o.text)
    .join(' / ');
  return (
    <div className="deck-split">
      <div className="deck-scenario">
        <ScenarioScreen scenario={s} messages={c.scenario} marks={slide.revealed ? s.clues.map((clue) => clue.span) : []} />
      </div>
      <div className="deck-side">
        <p className="deck-kicker">{questionLabel(c.t, slide)}</p>
        <h2 className="deck-h deck-h-side">{item.prompt}</h2>
        {slide.revealed ? (
          <>
            <p className="deck-answer">
              {fill(c.t.answer, { answer })} <span className="deck-verdict">{item.genuine ? c.t.genuine : c.t.scam}</span>
            </p>
            <ol className="deck-clues">
              {s.clues.map((clue, i) => (
                <li key={i} className="deck-clue">
                  <span className="deck-clue-n" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span>
                    <span className="sr-only">{fill(c.scenario.scenario.clue, { n: i + 1 })} </span>
                    <strong>{clue.span}</strong> {clue.reason}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <ol className="deck-choices deck-options">
            {item.options.map((o, i) => (
              <li key={o.id} className="deck-item">
                <span className="deck-letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span className="sr-only">{LETTERS[i]}. </span>
                {o.text}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
