import { currentLanguage, t } from '../i18n/t';

/** The part of the Web Speech API the button uses, injectable for tests. */
export interface SpeechLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

function browserSpeech(): SpeechLike | null {
  return typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined' ? null : speechSynthesis;
}

/**
 * 朗读: reads a text aloud with the phone's own voice in the app's language (the current one
 * unless told), for those who see badly or read slowly. The text is composed from the
 * words the screen shows. Shown only where the browser can speak; a new tap starts over.
 */
export function ReadAloudButton({ text, lang, describedBy, speech = browserSpeech() }: {
  text: string;
  /** The language to speak in, when not the app's (a text the screen shows in another). */
  lang?: string;
  /** The id of what it reads (a day's heading), so several 朗读 buttons can be told apart. */
  describedBy?: string;
  speech?: SpeechLike | null;
}) {
  if (!speech) return null;
  const read = () => {
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    // read at tap time: the language may have changed since the button was drawn
    utterance.lang = lang ?? currentLanguage();
    utterance.rate = 0.9;
    speech.speak(utterance);
  };
  return (
    <button type="button" class="read-aloud" aria-describedby={describedBy} onClick={read}>
      <span aria-hidden="true">🔊</span> {t('display.readAloud')}
    </button>
  );
}
