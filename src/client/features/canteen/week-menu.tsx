import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { ReadAloudButton } from '../../ui/read-aloud-button';
import { dayLabel } from './date-label';
import { DayPicker } from './day-picker';
import { MealCard } from './meal-card';
import { daySpeech } from './menu-speech';
import { planWeek, type DayView } from './week-plan';

export type { DayView };

/** One date's heading, its 朗读, and its meals, each with the open booking panel under it. */
function DaySection({ day, headingId, nextSlotId, panelFor }: {
  day: DayView;
  headingId: string;
  nextSlotId: string | null;
  panelFor: (slotId: string) => VNode | null;
}) {
  return (
    <section class={`day${day.isToday ? ' is-today' : ''}`} aria-labelledby={headingId}>
      <div class="day-head">
        {/* focusable so the day picker can move a screen reader there too */}
        <h2 id={headingId} tabIndex={-1}>
          {dayLabel(day.date)}
          {day.isToday && <span class="today-mark">{t('date.today')}</span>}
        </h2>
        <ReadAloudButton text={daySpeech(day)} describedBy={headingId} />
      </div>
      <div class="meals">
        {day.meals.map((meal) => (
          <div key={meal.slot.id}>
            <MealCard {...meal} dayHeadingId={headingId} isNext={meal.slot.id === nextSlotId} />
            {panelFor(meal.slot.id)}
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * The week's menu: a day picker, then the meals one can still book, the next one first and
 * marked; meals whose cut-off has passed are folded away under 已过去的日子, not dropped.
 */
export function WeekMenu({ days, panelFor }: { days: DayView[]; panelFor: (slotId: string) => VNode | null }) {
  const [picked, setPicked] = useState<string | null>(null);
  // the days gone by are drawn only while their fold is open: on a Saturday they are most of the week
  const [pastOpen, setPastOpen] = useState(false);
  // the heading to bring into view once drawn; a new object each time, so a second tap works too
  const [jump, setJump] = useState<{ headingId: string } | null>(null);
  useEffect(() => {
    const heading = jump && document.getElementById(jump.headingId);
    heading?.focus({ preventScroll: true });
    heading?.closest('section')?.scrollIntoView?.({ block: 'start' });
  }, [jump]);
  const served = days.filter((d) => d.meals.length > 0);
  if (served.length === 0) return <p class="empty">{t('menu.noSlots')}</p>;
  const { open, past, nextSlotId } = planWeek(days);
  const nextDate = open.find((d) => d.meals.some((m) => m.slot.id === nextSlotId))?.date ?? open[0]?.date ?? null;

  const pick = (date: string) => {
    setPicked(date);
    const isOpen = open.some((d) => d.date === date);
    // a day gone by is in the fold: open it to show the day
    if (!isOpen) setPastOpen(true);
    setJump({ headingId: isOpen ? `day-${date}` : `past-day-${date}` });
  };

  return (
    <div class="week-menu">
      <DayPicker dates={days.map((d) => d.date)} served={new Set(served.map((d) => d.date))}
        today={days.find((d) => d.isToday)?.date ?? ''} picked={picked ?? nextDate} onPick={pick} />
      {open.length === 0 && <p class="empty">{t('menu.allClosed')}</p>}
      {open.map((day) => (
        <DaySection key={day.date} day={day} headingId={`day-${day.date}`} nextSlotId={nextSlotId} panelFor={panelFor} />
      ))}
      {past.length > 0 && (
        <details class="past-days" open={pastOpen} onToggle={(e) => setPastOpen(e.currentTarget.open)}>
          <summary>{t('menu.pastDays', { count: past.reduce((n, d) => n + d.meals.length, 0) })}</summary>
          {pastOpen && past.map((day) => (
            <DaySection key={day.date} day={day} headingId={`past-day-${day.date}`} nextSlotId={null} panelFor={() => null} />
          ))}
        </details>
      )}
    </div>
  );
}
