import { useState } from 'preact/hooks';
import type { Meal } from '../../../shared/canteen/canteen';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { StatusBadge, type SyncState } from '../../ui/status-badge';
import { cutoffLabel } from './date-label';
import './editor-messages';

/** One meal of the week as the editor shows it: plain values, already looked up. */
export interface EditorMealView {
  date: string;
  meal: Meal;
  /** Null when the canteen has no such meal that day (yet). */
  slot: MealSlot | null;
  dishNames: string[];
  /** Whether a change to it still waits to reach the server. */
  syncState: SyncState;
}

/** Props of EditorMealCard: the meal and what staff can do with it. */
export interface EditorMealCardProps {
  view: EditorMealView;
  onEdit: () => void;
  onRemove: () => void;
  /** Sets the seats; resolves to the reason in words if refused, else null. */
  onSeats: (seats: number) => Promise<string | null>;
}

/**
 * A meal in the editor: draft or published (and whether the change is still on this phone), its
 * dishes and cut-off, its seats (never below those booked), and the way to change or remove it.
 */
export function EditorMealCard({ view, onEdit, onRemove, onSeats }: EditorMealCardProps) {
  const { slot, meal } = view;
  const [seats, setSeats] = useState(String(slot?.seats ?? ''));
  const [error, setError] = useState<string | null>(null);
  const headingId = `editor-${view.date}-${meal}`;
  if (!slot) {
    return (
      <article class="meal-card editor-meal is-missing" aria-labelledby={`editor-day-${view.date} ${headingId}`}>
        <h3 id={headingId}>{t(`meal.${meal}`)}</h3>
        <p class="empty">{t('editor.closed')}</p>
        <Button kind="secondary" onClick={onEdit}>{t('editor.addMeal', { meal: t(`meal.${meal}`) })}</Button>
      </article>
    );
  }
  const saveSeats = async () => {
    const wanted = Number(seats);
    if (!Number.isInteger(wanted) || wanted < slot.seatsTaken) {
      setError(t('editor.seatsTooFew', { count: slot.seatsTaken }));
      return;
    }
    setError(await onSeats(wanted));
  };
  const seatsId = `seats-${slot.id}`;
  return (
    <article class={`meal-card editor-meal${slot.published ? '' : ' is-draft'}`} aria-labelledby={`editor-day-${view.date} ${headingId}`}>
      <h3 id={headingId}>
        {t(`meal.${meal}`)}{' '}
        <span class={`badge ${slot.published ? 'badge-published' : 'badge-draft'}`}>{t(slot.published ? 'editor.published' : 'editor.draft')}</span>
      </h3>
      {view.syncState === 'pending' && <StatusBadge state="pending" />}
      <ul class="dishes">{view.dishNames.map((name) => <li key={name}>{name}</li>)}</ul>
      <p class="cutoff">{cutoffLabel(slot)}</p>
      <label for={seatsId}>{t('editor.seats')}</label>
      <div class="seats-row">
        <input id={seatsId} type="number" inputMode="numeric" min={slot.seatsTaken} max={2000} value={seats}
          aria-describedby={`${seatsId}-booked`} aria-invalid={error !== null} onInput={(e) => setSeats(e.currentTarget.value)} />
        <Button kind="secondary" onClick={() => void saveSeats()}>{t('editor.saveSeats')}</Button>
      </div>
      <p id={`${seatsId}-booked`} class="choice-note">{t('editor.seatsBooked', { count: slot.seatsTaken })}</p>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="panel-actions">
        <Button onClick={onEdit}>{t('editor.editMeal', { meal: t(`meal.${meal}`) })}</Button>
        {!slot.published && <Button kind="danger" onClick={onRemove}>{t('editor.removeMeal')}</Button>}
      </div>
    </article>
  );
}
