import './counter-messages';
import './counter-screens.css';
import { useState } from 'preact/hooks';
import { buildPrepList } from '../../../shared/canteen/prep-list';
import { isStaffRole } from '../../../shared/role';
import { shanghaiDate } from '../../../shared/time';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { listCanteensOf, loadMeal } from './counter-queries';
import { MealChooser, type MealChoice } from './meal-chooser';
import { PrepSheet } from './prep-sheet';
import { downloadText, prepListCsv } from './prep-list-csv';
import { formatDay, formatTime } from '../../i18n/format';

/**
 * 备餐单 (staff, loaded on demand): a meal's portions per dish, split dine-in / pick-up / delivery,
 * and its diners' diet notes, from this phone's synced bookings; it redraws as late bookings sync.
 * Prints on one A4 page (counter-screens.css) and downloads as CSV.
 */
export function PrepListScreen({ db, session }: ScreenProps) {
  const canteens = useLiveQuery(() => listCanteensOf(db, session), [db, session], []);
  const [picked, setChoice] = useState<MealChoice>({ canteenId: '', date: shanghaiDate(new Date()), meal: 'lunch' });
  const choice = { ...picked, canteenId: picked.canteenId || canteens[0]?.id || '' };
  const data = useLiveQuery(() => (choice.canteenId ? loadMeal(db, choice.canteenId, choice.date, choice.meal) : null),
    [db, choice.canteenId, choice.date, choice.meal], null);
  if (!isStaffRole(session.user.role)) return <Page title={t('prep.title')}><p class="empty">{t('choose.notStaff')}</p></Page>;
  const list = data && buildPrepList({
    slot: data.slot, dishes: data.dishes, bookings: data.bookings, dietNotes: [...data.dietNotes.values()],
    nameOf: (id) => data.members.get(id)?.name ?? '',
  });
  const pending = data ? data.bookings.filter((b) => data.pending.has(`booking:${b.id}`)).length : 0;
  return (
    <Page title={t('prep.title')}>
      <MealChooser canteens={canteens} choice={choice} onChange={setChoice} />
      {!list || !data ? <p class="empty">{t('choose.noMeal')}</p> : (
        <>
          <p class="hint">{t('prep.live')}</p>
          {pending > 0 && <p class="notice">{t('prep.pending', { count: pending })}</p>}
          <PrepSheet list={list} canteenName={data.canteen.name} generatedAt={`${formatDay(new Date())} ${formatTime(new Date())}`} />
          <div class="panel-actions">
            <Button onClick={() => window.print()}>{t('prep.print')}</Button>
            <Button kind="secondary" onClick={() => downloadText(prepListCsv(list), t('prep.csvFile', {
              canteen: data.canteen.name, date: list.date, meal: t(`meal.${list.meal}`),
            }), 'text/csv;charset=utf-8')}>{t('prep.csv')}</Button>
          </div>
        </>
      )}
    </Page>
  );
}
