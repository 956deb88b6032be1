import './event-messages';
import { useState } from 'preact/hooks';
import { EVENT_KINDS, type CommunityEvent, type EventFields, type EventKind, type PromotionPolicy } from '../../../shared/events/event';
import { shanghaiDate, shanghaiInstant } from '../../../shared/time';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { clockTime } from './event-labels';

/** Props of EventForm: the event to edit (none for a new one), where to send the fields and how many weekly dates. */
export interface EventFormProps {
  today: string;
  /** The event being edited: the form starts from its fields and offers no weekly repeat. */
  initial?: CommunityEvent;
  error: string | null;
  onSubmit: (fields: EventFields, weeks: number) => void;
}

/** The form's text values: an event's fields as Shanghai dates and wall-clock times. */
function formValues(today: string, e: CommunityEvent | undefined) {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return e === undefined
    ? {
      title: '', kind: 'parentChild' as EventKind, description: '', place: '', date: today, start: '09:30', end: '11:00',
      deadline: today, deadlineTime: '20:00', capacity: '30', minAge: '', maxAge: '', accompany: true,
      promotion: 'auto' as PromotionPolicy, offerHours: '24', weeks: '1',
    }
    : {
      title: e.title, kind: e.kind, description: e.description, place: e.place, date: shanghaiDate(new Date(e.startsAt)),
      start: clockTime(e.startsAt), end: clockTime(e.endsAt), deadline: shanghaiDate(new Date(e.signupDeadline)),
      deadlineTime: clockTime(e.signupDeadline), capacity: String(e.capacity), minAge: text(e.minAge), maxAge: text(e.maxAge),
      accompany: e.adultsAccompany, promotion: e.promotion, offerHours: String(e.offerHours), weeks: '1',
    };
}

/** The organiser's form for a new event or weekly series, or to edit one event; times are Shanghai wall-clock times. */
export function EventForm({ today, initial, error, onSubmit }: EventFormProps) {
  const [f, setF] = useState(() => formValues(today, initial));
  const set = (key: keyof typeof f) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    setF({ ...f, [key]: el.type === 'checkbox' ? el.checked : el.value });
  };
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  const submit = (e: Event) => {
    e.preventDefault();
    onSubmit({
      kind: f.kind, title: f.title, description: f.description, place: f.place,
      startsAt: shanghaiInstant(f.date, f.start).toISOString(), endsAt: shanghaiInstant(f.date, f.end).toISOString(),
      signupDeadline: new Date(Math.min(shanghaiInstant(f.deadline, f.deadlineTime).getTime(), shanghaiInstant(f.date, f.start).getTime())).toISOString(),
      capacity: Number(f.capacity), minAge: num(f.minAge), maxAge: num(f.maxAge), adultsAccompany: f.accompany,
      promotion: f.promotion, offerHours: Number(f.offerHours),
    }, Math.max(1, Number(f.weeks) || 1));
  };
  return (
    <form class="panel" onSubmit={submit} aria-label={initial ? t('events.edit') : t('events.create')}>
      <label>{t('events.fieldTitle')}<input required value={f.title} onInput={set('title')} /></label>
      <label>{t('events.fieldKind')}
        <select value={f.kind} onChange={set('kind')}>{EVENT_KINDS.map((k) => <option key={k} value={k}>{t(`eventKind.${k}`)}</option>)}</select>
      </label>
      <label>{t('events.fieldDescription')}<textarea value={f.description} onInput={set('description')} /></label>
      <label>{t('events.fieldPlace')}<input required value={f.place} onInput={set('place')} /></label>
      <label>{t('events.fieldDate')}<input type="date" required value={f.date} onInput={set('date')} /></label>
      <label>{t('events.fieldStart')}<input type="time" required value={f.start} onInput={set('start')} /></label>
      <label>{t('events.fieldEnd')}<input type="time" required value={f.end} onInput={set('end')} /></label>
      <label>{t('events.fieldDeadline')}<input type="date" required value={f.deadline} onInput={set('deadline')} /></label>
      <label>{t('events.fieldDeadlineTime')}<input type="time" required value={f.deadlineTime} onInput={set('deadlineTime')} /></label>
      <label>{t('events.fieldCapacity')}<input type="number" min="1" required value={f.capacity} onInput={set('capacity')} /></label>
      <label>{t('events.fieldMinAge')}<input type="number" min="0" value={f.minAge} onInput={set('minAge')} /></label>
      <label>{t('events.fieldMaxAge')}<input type="number" min="0" value={f.maxAge} onInput={set('maxAge')} /></label>
      <label class="choice"><input type="checkbox" checked={f.accompany} onChange={set('accompany')} />{t('events.fieldAccompany')}</label>
      <label>{t('events.fieldPromotion')}
        <select value={f.promotion} onChange={set('promotion')}>
          <option value="auto">{t('events.promotionAuto')}</option>
          <option value="offer">{t('events.promotionOffer')}</option>
        </select>
      </label>
      {f.promotion === 'offer' && <label>{t('events.fieldOfferHours')}<input type="number" min="1" value={f.offerHours} onInput={set('offerHours')} /></label>}
      {!initial && <label>{t('events.fieldWeeks')}<input type="number" min="1" max="26" value={f.weeks} onInput={set('weeks')} /></label>}
      {error && <p role="alert">{error}</p>}
      <Button type="submit">{initial ? t('events.editSubmit') : t('events.createSubmit')}</Button>
    </form>
  );
}
