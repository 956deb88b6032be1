import './counter-messages';
import './counter-screens.css';
import { useMemo, useState } from 'preact/hooks';
import { shanghaiDate } from '../../../shared/time';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { t } from '../../i18n/t';
import { Page } from '../../ui/page';
import { listCanteensOf, listPeopleIKeep, listServingsInMonth, listServingsSince } from './counter-queries';
import { formatMoney } from '../../i18n/format';
import { servedPerDay } from '../../../shared/canteen/figures';
import { isStaffRole } from '../../../shared/role';
import { addDays } from '../../../shared/time';
import { ServedChart } from './served-chart';

/** How far back the staff's figures reach. */
const FIGURE_DAYS = 28;
import { dayLabel } from './date-label';

/**
 * 月账单 (loaded on demand): the meals a household (or, for staff, any resident) was served in a
 * month, with what each cost and the total: the charged price of a weighed meal, the booked price
 * of a fixed one. Staff also see meals served per day and tier over four weeks, as a chart. Read
 * from this phone's copy, so it shows offline what last synced.
 */
export function StatementScreen({ db, session }: ScreenProps) {
  const [month, setMonth] = useState(shanghaiDate(new Date()).slice(0, 7));
  const [personId, setPersonId] = useState('');
  const people = useLiveQuery(() => listPeopleIKeep(db, session), [db, session], []);
  const servings = useLiveQuery(() => listServingsInMonth(db, month), [db, month], []);
  const rows = servings.filter((s) => (personId ? s.dinerId === personId : people.some((p) => p.id === s.dinerId)));
  const total = rows.reduce((sum, s) => sum + s.chargedFen, 0);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  const today = shanghaiDate(new Date());
  const isStaff = isStaffRole(session.user.role);
  const recent = useLiveQuery(() => (isStaff ? listServingsSince(db, addDays(today, 1 - FIGURE_DAYS)) : []), [db, isStaff, today], []);
  const canteens = useLiveQuery(() => (isStaff ? listCanteensOf(db, session) : []), [db, session, isStaff], []);
  const figures = useMemo(() => servedPerDay(recent, canteens, addDays(today, 1 - FIGURE_DAYS), today), [recent, canteens, today]);
  return (
    <Page title={t('statement.title')}>
      {isStaff && <ServedChart figures={figures} />}
      <div class="meal-chooser">
        <label>{t('statement.month')}
          <input type="month" value={month} onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)} />
        </label>
        {people.length > 1 && (
          <label>{t('statement.person')}
            <select value={personId} onChange={(e) => setPersonId(e.currentTarget.value)}>
              <option value="">{t('statement.everyone')}</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {rows.length === 0 ? <p class="empty">{t('statement.none')}</p> : (
        <>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('statement.title')}>
          <table class="statement">
            <thead><tr>
              <th scope="col">{t('statement.date')}</th><th scope="col">{t('statement.meal')}</th>
              <th scope="col">{t('statement.diner')}</th><th scope="col">{t('statement.amount')}</th>
            </tr></thead>
            <tbody>{rows.map((s) => (
              <tr key={s.id}>
                <td>{dayLabel(s.date)}</td><td>{t(`meal.${s.meal}`)}</td><td>{nameOf(s.dinerId)}</td>
                <td>{s.grams !== null ? t('statement.amountWeighed', { price: formatMoney(s.chargedFen), grams: s.grams }) : formatMoney(s.chargedFen)}</td>
              </tr>
            ))}</tbody>
          </table>
          </div>
          <p class="prep-total">{t('statement.total', { count: rows.length, price: formatMoney(total) })}</p>
        </>
      )}
    </Page>
  );
}
