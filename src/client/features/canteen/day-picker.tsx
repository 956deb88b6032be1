import { formatWeekday } from '../../i18n/format';
import { t } from '../../i18n/t';

/**
 * The week as a row of large day buttons (周一 23 …): a tap brings that day's meals into view.
 * The chosen day is pressed, today is the current date; a day without meals cannot be chosen.
 */
export function DayPicker({ dates, served, today, picked, onPick }: {
  dates: string[];
  /** Dates that have meals. */
  served: ReadonlySet<string>;
  today: string;
  picked: string | null;
  onPick: (date: string) => void;
}) {
  return (
    <div class="day-picker" role="group" aria-label={t('menu.pickDay')}>
      {dates.map((date) => {
        const weekday = formatWeekday(date);
        const day = Number(date.slice(8));
        return (
          // the name says 周一 23日; the narrow button shows 周一 over 23
          <button key={date} type="button" class="toggle day-button" aria-label={`${weekday} ${t('menu.dayOfMonth', { day })}`}
            aria-pressed={picked === date} aria-current={date === today ? 'date' : undefined} disabled={!served.has(date)} onClick={() => onPick(date)}>
            <span>{weekday}</span>
            <span>{day}</span>
          </button>
        );
      })}
    </div>
  );
}
