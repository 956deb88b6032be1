import './accounts-messages';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/**
 * 登记没有手机的居民: staff register an elder who has no phone (name, birth date from the ID card),
 * so the canteen and the office can serve them at once; a card or a number can follow later.
 */
export function ResidentForm({ onRegister }: { onRegister: (name: string, birthDate: string | null) => Promise<string | null> }) {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    if (name.trim() === '') return setProblem(t('resident.nameMissing'));
    const refused = await onRegister(name.trim(), birthDate === '' ? null : birthDate);
    setProblem(refused);
    if (refused) return;
    setDone(t('resident.done', { name: name.trim() }));
    setName('');
    setBirthDate('');
  };
  return (
    <form class="account-section" aria-labelledby="resident-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="resident-title">{t('resident.title')}</h2>
      <div class="field">
        <label for="resident-name">{t('resident.name')}</label>
        <input id="resident-name" maxLength={20} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="resident-birth">{t('resident.birthDate')}</label>
        <input id="resident-birth" type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} />
      </div>
      {problem && <p role="alert" class="form-error">{problem}</p>}
      {done && <p role="status" class="notice">{done}</p>}
      <Button type="submit">{t('resident.submit')}</Button>
    </form>
  );
}
