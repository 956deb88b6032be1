import { vi } from 'vitest';

/** What the fake speech engine was asked to say, in order, with the language of each. */
export interface Spoken {
  text: string;
  lang: string;
}

/**
 * Puts a fake speechSynthesis (jsdom has none) where 朗读 finds it, recording what it is asked to
 * say. Undo with vi.unstubAllGlobals().
 */
export function installFakeSpeech(): Spoken[] {
  const spoken: Spoken[] = [];
  vi.stubGlobal('SpeechSynthesisUtterance', class { lang = ''; rate = 1; constructor(public text: string) {} });
  vi.stubGlobal('speechSynthesis', {
    speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
    cancel: () => {},
  });
  return spoken;
}
