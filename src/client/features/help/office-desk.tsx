import './help-messages';
import type { JSX } from 'preact';
import { countRequests, hoursByVolunteerMonth, overdueReason } from '../../../shared/help/help-hours';
import type { HelpData, HelpItem } from './help-queries';
import { formatMonth } from '../../i18n/format';
import { t } from '../../i18n/t';

/** 派单与统计: overdue first, then every request with dispatch, counts and monthly hours. */
export function OfficeDesk({ data, now, cards }: { data: HelpData; now: Date; cards: (items: HelpItem[]) => JSX.Element }) {
  const counts = countRequests(data.items);
  const kindName = (id: string) => data.kinds.find((k) => k.id === id)?.name ?? id;
  return (
    <section aria-labelledby="help-office"><h2 id="help-office">{t('help.office')}</h2>
      <h3>{t('help.overdue')}</h3>
      {cards(data.items.filter((i) => overdueReason(i, now) !== null))}
      <h3>{t('help.byStatus')}</h3>
      <ul>{[...counts.byStatus].map(([s, n]) => <li key={s}>{t('help.count', { label: t(`helpStatus.${s as 'done'}`), count: n })}</li>)}</ul>
      <h3>{t('help.byKind')}</h3>
      <ul>{[...counts.byKind].map(([k, n]) => <li key={k}>{t('help.count', { label: kindName(k), count: n })}</li>)}</ul>
      <h3>{t('help.hoursByMonth')}</h3>
      <ul>{hoursByVolunteerMonth(data.items).map((r) => <li key={`${r.volunteerId}${r.month}`}>{t('help.hoursRow', { ...r, month: formatMonth(r.month) })}</li>)}</ul>
      <h3>{t('help.title')}</h3>
      {cards(data.items.filter((i) => overdueReason(i, now) === null))}
    </section>
  );
}
