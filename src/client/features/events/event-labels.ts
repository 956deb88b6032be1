import './event-messages';
import type { CommunityEvent } from '../../../shared/events/event';
import { ageAtEvent } from '../../../shared/events/signup';
import type { Member } from '../../../shared/member';
import { formatDay, formatTime } from '../../i18n/format';
import { t } from '../../i18n/t';

/** HH:MM in Shanghai of an instant. */
export function clockTime(iso: string): string {
  return formatTime(iso);
}

/** 「11月28日 周六」 of an instant in Shanghai, "Sat 28 Nov" in English. */
export function dayLabel(iso: string): string {
  return formatDay(iso);
}

/** When an event is: day, start and end. */
export function whenLabel(e: Pick<CommunityEvent, 'startsAt' | 'endsAt'>): string {
  return t('events.when', { date: dayLabel(e.startsAt), from: clockTime(e.startsAt), to: clockTime(e.endsAt) });
}

/** The age range as words. */
export function ageRangeLabel(e: Pick<CommunityEvent, 'minAge' | 'maxAge'>): string {
  if (e.minAge !== null && e.maxAge !== null) return t('events.ageRange', { min: e.minAge, max: e.maxAge });
  if (e.minAge !== null) return t('events.ageFrom', { min: e.minAge });
  if (e.maxAge !== null) return t('events.ageTo', { max: e.maxAge });
  return t('events.allAges');
}

/** The deadline as words. */
export function deadlineLabel(e: Pick<CommunityEvent, 'signupDeadline'>): string {
  return t('events.deadline', { date: dayLabel(e.signupDeadline), time: clockTime(e.signupDeadline) });
}

/** A member's name with their age at the event, when known. */
export function memberLabel(m: Member, e: Pick<CommunityEvent, 'startsAt'>): string {
  const age = ageAtEvent(m, e);
  return age === null ? t('events.memberNoAge', { name: m.name }) : t('events.memberAge', { name: m.name, age });
}
