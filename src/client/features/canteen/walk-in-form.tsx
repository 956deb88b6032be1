import './counter-messages';
import { useState } from 'preact/hooks';
import type { Charge } from '../../../shared/canteen/meal-serving';
import type { NewResident } from '../../../shared/canteen/walk-in';
import type { Member } from '../../../shared/member';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { ChargeFields, readCharge, type ChargeText } from './charge-fields';

/** Who walked in: a resident the community knows, or an elder without a phone registered now. */
export type WalkInDiner = { dinerId: string; newResident: null } | { dinerId: null; newResident: NewResident };

/**
 * 现场登记: serve someone without a booking. Pick a resident (most elders without a phone are on
 * the list already) or register a new one from their ID card; then the plate as at any booking.
 */
export function WalkInForm({ residents, weighedFor, onSubmit }: {
  residents: Pick<Member, 'id' | 'name' | 'hasLogin'>[];
  /** Whether the chosen diner's meal is weighed (a new resident: null); a set meal is not. */
  weighedFor: (dinerId: string | null) => boolean;
  onSubmit: (diner: WalkInDiner, charge: Charge) => Promise<string | null>;
}) {
  const [isNew, setIsNew] = useState(false);
  const [dinerId, setDinerId] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [text, setText] = useState<ChargeText>({ grams: '', yuan: '' });
  const [error, setError] = useState<string | null>(null);
  const weighed = weighedFor(isNew ? null : dinerId || null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readCharge(text, weighed);
    if ('error' in read) { setError(read.error); return; }
    const diner: WalkInDiner | null = isNew
      ? (name.trim() ? { dinerId: null, newResident: { name: name.trim(), birthDate: birthDate || null } } : null)
      : (dinerId ? { dinerId, newResident: null } : null);
    if (!diner) { setError(t('counter.walkInWho')); return; }
    const failed = await onSubmit(diner, read.charge);
    setError(failed);
    if (!failed) { setName(''); setBirthDate(''); setDinerId(''); setText({ grams: '', yuan: '' }); }
  };
  return (
    <form class="walk-in" onSubmit={submit} aria-label={t('counter.walkIn')}>
      <fieldset>
        <legend>{t('counter.walkInWho')}</legend>
        <label class="choice"><input type="radio" name="walk-in-kind" checked={!isNew} onChange={() => setIsNew(false)} />{t('counter.walkInPick')}</label>
        <label class="choice"><input type="radio" name="walk-in-kind" checked={isNew} onChange={() => setIsNew(true)} />{t('counter.walkInNew')}</label>
      </fieldset>
      {isNew ? (
        <>
          <label>{t('counter.newName')}<input value={name} maxLength={20} onInput={(e) => setName(e.currentTarget.value)} /></label>
          <label>{t('counter.newBirth')}<input type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} /></label>
        </>
      ) : (
        <label>{t('counter.walkInResident')}
          <select value={dinerId} onChange={(e) => setDinerId(e.currentTarget.value)}>
            <option value="">—</option>
            {residents.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </label>
      )}
      {weighed && <ChargeFields idPrefix="walk-in" value={text} onChange={setText} />}
      {error && <p class="form-error" role="alert">{error}</p>}
      <Button type="submit">{t('counter.walkInSave')}</Button>
    </form>
  );
}
