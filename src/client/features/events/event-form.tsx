import './event-messages';
import { useState } from 'preact/hooks';
import { EVENT_KINDS, type EventFields, type EventKind, type PromotionPolicy } from '../../../shared/event';
import { shanghaiInstant } from '../../../shared/time';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/** Props of EventForm: where to send the fields and how many weekly dates. */
export interface EventFormProps {
  today: string;
  error: string | null;
  onSubmit: (fields: EventFields, weeks: number) => void;
}

/** The organiser's form for a new event or weekly series; times are Shanghai wall-clock times. */
export function EventForm({ today, error, onSubmit }: EventFormProps) {
  const [f, setF] = useState({
    title: '', kind: 'parentChild' as EventKind, description: '', place: '', date: today, start: '09:30', end: '11:00',
    deadline: today, capacity: '30', minAge: '', maxAge: '', accompany: true, promotion: 'auto' as PromotionPolicy, offerHours: '24', weeks: '1',
  });
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
      signupDeadline: new Date(Math.min(shanghaiInstant(f.deadline, '20:00').getTime(), shanghaiInstant(f.date, f.start).getTime())).toISOString(),
      capacity: Number(f.capacity), minAge: num(f.minAge), maxAge: num(f.maxAge), adultsAccompany: f.accompany,
      promotion: f.promotion, offerHours: Number(f.offerHours),
    }, Math.max(1, Number(f.weeks) || 1));
  };
  return (
    <form class="panel" onSubmit={submit} aria-label={t('events.create')}>
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
      <label>{t('events.fieldWeeks')}<input type="number" min="1" max="26" value={f.weeks} onInput={set('weeks')} /></label>
      {error && <p role="alert">{error}</p>}
      <Button type="submit">{t('events.createSubmit')}</Button>
    </form>
  );
}
