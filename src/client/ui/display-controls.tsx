import { t } from '../i18n/t';
import { TEXT_STEPS } from '../display/display-prefs';
import type { Language } from '../i18n/languages';
import { LanguageChoice } from './language-choice';

/** An on/off switch whose accessible name is exactly its label; the 开/关 beside it is for the eye. */
function Switch({ id, label, on, onChange }: { id: string; label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button type="button" role="switch" class="switch" aria-checked={on} aria-labelledby={id} onClick={() => onChange(!on)}>
      <span id={id}>{label}</span>
      <span class="switch-state" aria-hidden="true">{t(on ? 'display.on' : 'display.off')}</span>
    </button>
  );
}

/** 长辈模式: larger text and targets, one main action per screen. */
export function ElderModeSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return <Switch id="elder-mode-label" label={t('display.elderMode')} on={on} onChange={onChange} />;
}

/** 高对比度: black on white, at least 7:1. */
export function ContrastSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return <Switch id="contrast-label" label={t('display.highContrast')} on={on} onChange={onChange} />;
}

/** 字号: one step smaller or larger, with the current size in words. */
export function TextSizeControl({ step, min, onChange }: { step: number; min: number; onChange: (step: number) => void }) {
  const max = TEXT_STEPS.length - 1;
  return (
    <div role="group" aria-label={t('display.textSize')} class="text-size">
      <span class="text-size-now" aria-live="polite">{t('display.textSizeNow', { size: t(`display.textStep${step}` as 'display.textStep0') })}</span>
      <button type="button" onClick={() => onChange(step - 1)} disabled={step <= min}>
        <span aria-hidden="true">A−</span> {t('display.smaller')}
      </button>
      <button type="button" onClick={() => onChange(step + 1)} disabled={step >= max}>
        <span aria-hidden="true">A+</span> {t('display.larger')}
      </button>
    </div>
  );
}

/**
 * The bar under the header on every screen: the 长辈模式 switch always in sight, the text size,
 * contrast and language one tap further under 显示设置.
 */
export function DisplayBar({ elderMode, textStep, highContrast, minStep, language, onElderMode, onTextStep, onContrast, onLanguage }: {
  elderMode: boolean;
  textStep: number;
  highContrast: boolean;
  minStep: number;
  language: Language;
  onElderMode: (on: boolean) => void;
  onTextStep: (step: number) => void;
  onContrast: (on: boolean) => void;
  onLanguage: (language: Language) => void;
}) {
  return (
    <div class="display-bar">
      <ElderModeSwitch on={elderMode} onChange={onElderMode} />
      <details class="display-more">
        <summary>{t('display.settings')}</summary>
        <TextSizeControl step={textStep} min={minStep} onChange={onTextStep} />
        <ContrastSwitch on={highContrast} onChange={onContrast} />
        <LanguageChoice language={language} onChange={onLanguage} />
      </details>
    </div>
  );
}
