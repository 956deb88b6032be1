import { t } from '../i18n/t';
import { LANGUAGES, type Language } from '../i18n/languages';

/**
 * 语言: the interface language. Its label reads 「语言 Language」 in every language and each choice
 * names itself in its own language, so someone who cannot read the current one still finds theirs.
 */
export function LanguageChoice({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  return (
    <label class="language-choice">
      {t('display.language')}
      <select value={language} onChange={(e) => onChange(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>)}
      </select>
    </label>
  );
}
