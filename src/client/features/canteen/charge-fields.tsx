import './counter-messages';
import { MAX_GRAMS, type Charge } from '../../../shared/canteen/meal-serving';
import { parseYuan } from '../../../shared/money';
import { t } from '../../i18n/t';

/** What the counter typed for a weighed plate: grams and yuan, as text until checked. */
export interface ChargeText {
  grams: string;
  yuan: string;
}

/** Reads the typed charge, or says in words which field is wrong. */
export function readCharge(text: ChargeText, weighed: boolean): { charge: Charge } | { error: string } {
  if (!weighed) return { charge: { grams: null, chargedFen: null } };
  const grams = Number(text.grams);
  if (!/^\d+$/.test(text.grams.trim()) || grams < 1 || grams > MAX_GRAMS) return { error: t('counter.badGrams') };
  const fen = parseYuan(text.yuan);
  if (fen === null) return { error: t('counter.badYuan') };
  return { charge: { grams, chargedFen: fen } };
}

/** The two fields of a weighed plate, labels above, numeric keyboards. */
export function ChargeFields({ idPrefix, value, onChange }: { idPrefix: string; value: ChargeText; onChange: (next: ChargeText) => void }) {
  return (
    <div class="charge-fields">
      <label>{t('counter.grams')}
        <input id={`${idPrefix}-grams`} inputMode="numeric" autocomplete="off" value={value.grams}
          onInput={(e) => onChange({ ...value, grams: e.currentTarget.value })} />
      </label>
      <label>{t('counter.charged')}
        <input id={`${idPrefix}-yuan`} inputMode="decimal" autocomplete="off" value={value.yuan}
          onInput={(e) => onChange({ ...value, yuan: e.currentTarget.value })} />
      </label>
    </div>
  );
}
