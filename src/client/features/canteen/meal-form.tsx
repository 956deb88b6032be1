import { useState } from 'preact/hooks';
import { SERVICE_MODES, type Meal, type ServiceMode } from '../../../shared/canteen/canteen';
import type { Dish } from '../../../shared/canteen/dish';
import { cutoffAtFrom, cutoffParts, type MealDraft } from '../../../shared/canteen/menu-week';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { dayLabel } from './date-label';
import './editor-messages';

/** Props of MealForm: the meal's starting values and the canteen's dishes; plain values and callbacks. */
export interface MealFormProps {
  date: string;
  meal: Meal;
  initial: Pick<MealDraft, 'dishIds' | 'cutoffAt' | 'modes'>;
  dishes: Pick<Dish, 'id' | 'name'>[];
  /** Saves the meal; resolves to the reason in words if it was refused, else null. */
  onSave: (draft: MealDraft) => Promise<string | null>;
  onCancel: () => void;
}

/** Adds an item to the end of a list, or takes it out: the order ticked is the serving order. */
function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/**
 * One meal's editor: which dishes are on offer (in the order ticked), when booking closes (a date
 * and time in Shanghai, whatever the phone's zone), and how it may be had.
 */
export function MealForm({ date, meal, initial, dishes, onSave, onCancel }: MealFormProps) {
  const start = cutoffParts(initial.cutoffAt);
  const [dishIds, setDishIds] = useState(initial.dishIds);
  const [cutoffDate, setCutoffDate] = useState(start.date);
  const [cutoffTime, setCutoffTime] = useState(start.time);
  const [modes, setModes] = useState<ServiceMode[]>(initial.modes);
  const [error, setError] = useState<string | null>(null);
  const titleId = `meal-form-${date}-${meal}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    // keep the canteen's order of ways of serving, whatever order they were ticked in
    const ordered = SERVICE_MODES.filter((m) => modes.includes(m));
    setError(await onSave({ date, meal, dishIds, cutoffAt: cutoffAtFrom(cutoffDate, cutoffTime), modes: ordered }));
  };
  return (
    <form class="panel meal-form" aria-labelledby={titleId} onSubmit={submit}>
      <h4 id={titleId}>{`${dayLabel(date)} ${t(`meal.${meal}`)}`}</h4>
      <fieldset>
        <legend>{t('editor.mealDishes')}</legend>
        {dishes.length === 0 && <p class="empty">{t('editor.noDishes')}</p>}
        {dishes.map((dish) => (
          <label key={dish.id} class="choice">
            <input type="checkbox" checked={dishIds.includes(dish.id)} onChange={(e) => setDishIds(toggle(dishIds, dish.id, e.currentTarget.checked))} />
            <span>{dish.name}</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('editor.cutoffDate')}
        <input type="date" required value={cutoffDate} max={date} onInput={(e) => setCutoffDate(e.currentTarget.value)} />
      </label>
      <label>
        {t('editor.cutoffTime')}
        <input type="time" required value={cutoffTime} onInput={(e) => setCutoffTime(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('editor.modes')}</legend>
        {SERVICE_MODES.map((mode) => (
          <label key={mode} class="choice">
            <input type="checkbox" checked={modes.includes(mode)} onChange={(e) => setModes(toggle(modes, mode, e.currentTarget.checked))} />
            <span>{t(`mode.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="panel-actions">
        <Button type="submit">{t('editor.saveMeal')}</Button>
        <Button kind="secondary" onClick={onCancel}>{t('editor.cancel')}</Button>
      </div>
    </form>
  );
}
