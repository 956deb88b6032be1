import './counter-messages';
import { MEALS, type Canteen, type Meal } from '../../../shared/canteen/canteen';
import { t } from '../../i18n/t';

/** Which canteen, date and meal a staff screen shows. */
export interface MealChoice {
  canteenId: string;
  date: string;
  meal: Meal;
}

/** The canteen, the date and 午餐/晚餐 of the prep list and the counter, labels above their fields. */
export function MealChooser({ canteens, choice, onChange }: { canteens: Canteen[]; choice: MealChoice; onChange: (next: MealChoice) => void }) {
  return (
    <div class="meal-chooser">
      {canteens.length > 1 && (
        <label>{t('choose.canteen')}
          <select value={choice.canteenId} onChange={(e) => onChange({ ...choice, canteenId: e.currentTarget.value })}>
            {canteens.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      )}
      <label>{t('choose.date')}
        <input type="date" value={choice.date} onChange={(e) => e.currentTarget.value && onChange({ ...choice, date: e.currentTarget.value })} />
      </label>
      <div class="week-switch" role="group" aria-label={t('choose.meal')}>
        {MEALS.map((meal) => (
          <button key={meal} type="button" class="toggle" aria-pressed={choice.meal === meal} onClick={() => onChange({ ...choice, meal })}>
            {t(`meal.${meal}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
