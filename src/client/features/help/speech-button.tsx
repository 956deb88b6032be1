import './help-messages';
import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../../i18n/t';
import { Button } from '../../ui/button';

/** The part of the Web Speech API we use; not in TypeScript's DOM library. */
interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  start(): void;
}
type RecognitionCtor = new () => Recognition;

/** The browser's speech recogniser, or null where it has none (then no button is shown). */
function recognitionCtor(): RecognitionCtor | null {
  const w = globalThis as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** 说话输入: dictates into a text field, in the app's current language, where the browser offers speech input. */
export function SpeechButton({ onText }: { onText: (text: string) => void }) {
  const [listening, setListening] = useState(false);
  const Ctor = recognitionCtor();
  if (!Ctor) return null;
  const listen = () => {
    const rec = new Ctor();
    rec.lang = currentLanguage();
    rec.interimResults = false;
    rec.onresult = (e) => onText(Array.from(e.results, (r) => r[0]?.transcript ?? '').join(''));
    rec.onend = () => setListening(false);
    setListening(true);
    rec.start();
  };
  return (
    <Button kind="secondary" onClick={listen} disabled={listening}>
      {listening ? t('help.form.listening') : t('help.form.speak')}
    </Button>
  );
}
