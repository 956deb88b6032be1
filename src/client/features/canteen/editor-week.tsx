import type { VNode } from 'preact';
import { dayLabel } from './date-label';
import { EditorMealCard, type EditorMealView } from './editor-meal-card';

/** A date of the edited week with both its meals (present or not). */
export interface EditorDayView {
  date: string;
  meals: EditorMealView[];
}

/** Props of EditorWeek: the days, the open meal form (if any) and what the cards do. */
export interface EditorWeekProps {
  days: EditorDayView[];
  /** The form under the meal being edited, or null. */
  formFor: (view: EditorMealView) => VNode | null;
  onEdit: (view: EditorMealView) => void;
  onRemove: (view: EditorMealView) => void;
  onSeats: (view: EditorMealView, seats: number) => Promise<string | null>;
}

/** The week in the editor, day by day, lunch then dinner, each meal with its form right under it when open. */
export function EditorWeek({ days, formFor, onEdit, onRemove, onSeats }: EditorWeekProps) {
  return (
    <div class="week-menu editor-week">
      {days.map((day) => (
        <section key={day.date} class="day" aria-labelledby={`editor-day-${day.date}`}>
          <h2 id={`editor-day-${day.date}`}>{dayLabel(day.date)}</h2>
          <div class="meals">
            {day.meals.map((view) => (
              <div key={`${view.date}-${view.meal}`}>
                <EditorMealCard
                  // a new slot (or new seats from the server) starts the seats box afresh
                  key={`${view.slot?.id ?? 'none'}-${view.slot?.seats ?? ''}`}
                  view={view}
                  onEdit={() => onEdit(view)}
                  onRemove={() => onRemove(view)}
                  onSeats={(seats) => onSeats(view, seats)}
                />
                {formFor(view)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
