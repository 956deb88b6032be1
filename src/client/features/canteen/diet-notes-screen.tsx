import './counter-messages';
import { useEffect, useState } from 'preact/hooks';
import { DIET_CONDITIONS, type DietCondition } from '../../../shared/canteen/diet-note';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { mutate } from '../../sync/mutate';
import { appStore } from '../../state/app-store';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { dietNotesByResident, listPeopleIKeep } from './counter-queries';
import { formatDay } from '../../i18n/format';

/**
 * 饮食注意 (loaded on demand): what the kitchen must know about a household member's meals
 * (diabetic, low salt, soft food, allergies), kept by the household or the canteen's staff and
 * seen by nobody else. Saved on the phone at once, sent when there is signal.
 */
export function DietNotesScreen({ db, session }: ScreenProps) {
  const people = useLiveQuery(() => listPeopleIKeep(db, session), [db, session], []);
  const notes = useLiveQuery(() => dietNotesByResident(db), [db], new Map());
  const [residentId, setResidentId] = useState('');
  const person = people.find((p) => p.id === residentId) ?? people[0];
  const note = person ? notes.get(person.id) : undefined;
  const [conditions, setConditions] = useState<DietCondition[]>([]);
  const [allergies, setAllergies] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // the form starts from the saved note of whoever is chosen
  useEffect(() => {
    setConditions(note?.conditions ?? []);
    setAllergies(note?.allergies ?? '');
    setText(note?.note ?? '');
  }, [person?.id, note?.updatedAt]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!person) return;
    try {
      await mutate(db, session, 'saveDietNote', { residentId: person.id, conditions, allergies, note: text });
      setError(null);
      appStore.getState().showToast({ text: t('dietNote.saved'), tone: 'info' });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Page title={t('dietNote.title')}>
      <p class="intro">{t('dietNote.intro')}</p>
      {person && (
        <form onSubmit={save}>
          {people.length > 1 && (
            <label>{t('dietNote.person')}
              <select value={person.id} onChange={(e) => setResidentId(e.currentTarget.value)}>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </label>
          )}
          <fieldset>
            <legend>{t('dietNote.conditions')}</legend>
            {DIET_CONDITIONS.map((c) => (
              <label key={c} class="choice">
                <input type="checkbox" checked={conditions.includes(c)}
                  onChange={(e) => setConditions(e.currentTarget.checked ? [...conditions, c] : conditions.filter((x) => x !== c))} />
                {t(`diet.${c}`)}
              </label>
            ))}
          </fieldset>
          <label>{t('dietNote.allergies')}<input value={allergies} maxLength={60} onInput={(e) => setAllergies(e.currentTarget.value)} /></label>
          <label>{t('dietNote.note')}<textarea value={text} maxLength={100} rows={2} onInput={(e) => setText(e.currentTarget.value)} /></label>
          {note && <p class="hint">{t('dietNote.updated', { name: note.updatedByName, date: formatDay(note.updatedAt) })}</p>}
          {error && <p class="form-error" role="alert">{error}</p>}
          <Button type="submit">{t('dietNote.save')}</Button>
        </form>
      )}
    </Page>
  );
}
