'use client';

import { useEffect, useState } from 'react';

/** A voice for this language, once the browser has listed its voices (Chrome lists them late). */
function useVoice(lang: string) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const prefix = lang.split('-')[0]!.toLowerCase();
    const pick = () =>
      setVoice(speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix)) ?? null);
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, [lang]);
  return voice;
}

/**
 * 朗读: reads the lesson with the browser's own speech synthesis. Absent where the browser has no voice
 * for the page's language (and without JavaScript). Nothing leaves the device.
 */
export function ReadAloud({ lang, target, labels }: { lang: string; target: string; labels: { start: string; stop: string } }) {
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => speechSynthesis?.cancel(), []);
  if (!voice) return null;

  const start = () => {
    const root = document.querySelector(target);
    if (!root) return;
    speechSynthesis.cancel();
    // One utterance per block: long utterances are cut off by some engines.
    const blocks = [...root.querySelectorAll('h1, h2, h3, p, li')].map((e) => e.textContent?.trim()).filter(Boolean) as string[];
    blocks.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      if (i === blocks.length - 1) u.onend = () => setSpeaking(false);
      speechSynthesis.speak(u);
    });
    setSpeaking(true);
  };
  const stop = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };

  return (
    <button
      type="button"
      aria-pressed={speaking}
      onClick={speaking ? stop : start}
      className="no-print inline-flex min-h-12 items-center gap-2 rounded-xl border-2 border-ink px-4 font-bold"
      data-read-aloud
    >
      <span aria-hidden="true">{speaking ? '■' : '▶'}</span>
      {speaking ? labels.stop : labels.start}
    </button>
  );
}
