import './counter-messages';
import { useState } from 'preact/hooks';
import { MEALS, SERVICE_MODES, type Canteen, type Meal, type ServiceMode } from '../../../shared/canteen/canteen';
import type { Member } from '../../../shared/member';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';

/** What the form hands over: the fields of saveStandingOrder without the id. */
export interface StandingOrderDraft {
  dinerId: string;
  canteenId: string;
  meal: Meal;
  weekdays: number[];
  mode: ServiceMode;
  startDate: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A new standing order: who, which canteen and meal, which weekdays (Monday to Friday first), how, from when. */
export function StandingOrderForm({ people, canteens, today, error, onSubmit }: {
  people: Pick<Member, 'id' | 'name' | 'communityId'>[];
  canteens: Pick<Canteen, 'id' | 'name' | 'communityId'>[];
  today: string;
  error: string | null;
  onSubmit: (draft: StandingOrderDraft) => void;
}) {
  const [dinerId, setDinerId] = useState(people[0]?.id ?? '');
  const diner = people.find((p) => p.id === dinerId) ?? people[0];
  const choices = canteens.filter((c) => c.communityId === diner?.communityId);
  const [canteenId, setCanteenId] = useState('');
  const [meal, setMeal] = useState<Meal>('lunch');
  const [weekdays, setWeekdays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [mode, setMode] = useState<ServiceMode>('dineIn');
  const [startDate, setStartDate] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const canteen = choices.find((c) => c.id === canteenId) ?? choices[0];
  const submit = (event: Event) => {
    event.preventDefault();
    if (weekdays.length === 0) { setProblem(t('standing.noDays')); return; }
    setProblem(null);
    if (diner && canteen) onSubmit({ dinerId: diner.id, canteenId: canteen.id, meal, weekdays, mode, startDate });
  };
  return (
    <form class="standing-form" onSubmit={submit} aria-label={t('standing.new')}>
      <label>{t('standing.diner')}
        <select value={diner?.id ?? ''} onChange={(e) => setDinerId(e.currentTarget.value)}>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      {choices.length > 1 && (
        <label>{t('choose.canteen')}
          <select value={canteen?.id ?? ''} onChange={(e) => setCanteenId(e.currentTarget.value)}>
            {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      )}
      <fieldset>
        <legend>{t('standing.meal')}</legend>
        {MEALS.map((m) => (
          <label key={m} class="choice"><input type="radio" name="standing-meal" checked={meal === m} onChange={() => setMeal(m)} />{t(`meal.${m}`)}</label>
        ))}
      </fieldset>
      <fieldset class="weekday-choices">
        <legend>{t('standing.days')}</legend>
        {WEEKDAYS.map((d) => (
          <label key={d} class="choice">
            <input type="checkbox" checked={weekdays.includes(d)}
              onChange={(e) => setWeekdays(e.currentTarget.checked ? [...weekdays, d].sort() : weekdays.filter((x) => x !== d))} />
            {t(`weekday.${d}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('standing.mode')}</legend>
        {SERVICE_MODES.map((m) => (
          <label key={m} class="choice"><input type="radio" name="standing-mode" checked={mode === m} onChange={() => setMode(m)} />{t(`mode.${m}`)}</label>
        ))}
      </fieldset>
      <label>{t('standing.start')}<input type="date" value={startDate} min={today} onInput={(e) => setStartDate(e.currentTarget.value)} /></label>
      {(problem ?? error) && <p class="form-error" role="alert">{problem ?? error}</p>}
      <Button type="submit" disabled={!canteen}>{t('standing.save')}</Button>
    </form>
  );
}
