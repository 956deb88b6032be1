import './counter-messages';
import './counter-screens.css';
import { useEffect, useState } from 'preact/hooks';
import { priceTierFor, isFixedPrice, standardTier, tierById } from '../../../shared/canteen/pricing';
import { mealTicketCode } from '../../../shared/canteen/meal-ticket';
import { isEmptyDietNote, type DietNote } from '../../../shared/canteen/diet-note';
import { isStaffRole } from '../../../shared/role';
import { shanghaiDate, shanghaiInstant } from '../../../shared/time';
import { formatList, formatMoney } from '../../i18n/format';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { listRejections } from '../../data/sync-queries';
import { t } from '../../i18n/t';
import { Page } from '../../ui/page';
import { appStore } from '../../state/app-store';
import { listCanteensOf, listResidents, loadMeal } from './counter-queries';
import { MealChooser, type MealChoice } from './meal-chooser';
import { CounterCard, type CounterCardView } from './counter-card';
import { WalkInForm } from './walk-in-form';
import { conflictWords, lookUpPhoneTail, serveBooking, serveWalkIn, servedTimeLabel } from './counter-actions';
import { tierPriceLabel } from './price-label';

/** The diet note in a line: "软食；过敏：花生；菜要切碎". */
export function dietWords(note: Pick<DietNote, 'conditions' | 'allergies' | 'note'> | undefined): string {
  if (!note || isEmptyDietNote(note)) return '';
  return [...note.conditions.map((c) => t(`diet.${c}`)), note.allergies && t('prep.allergyLine', { allergies: note.allergies }), note.note]
    .filter(Boolean).join(t('counter.dietSeparator'));
}

/** The meal a counter is most likely serving now: lunch until three in the afternoon. */
function mealNow(now: Date): MealChoice['meal'] {
  return now.getTime() < shanghaiInstant(shanghaiDate(now), '15:00').getTime() ? 'lunch' : 'dinner';
}

type TailAnswer = { tail: string; ids: string[] | 'offline' };

/**
 * 柜台 (staff, loaded on demand): find a booking of today's meal by name, 取餐码 or phone tail;
 * record the plate's grams and price (称重计费) or a fixed meal served; serve a walk-in. Works
 * offline: servings queue and sync later; if another counter served the booking first, the card
 * says who and when.
 */
export function CounterScreen({ db, session }: ScreenProps) {
  const canteens = useLiveQuery(() => listCanteensOf(db, session), [db, session], []);
  const [picked, setChoice] = useState<MealChoice>(() => ({ canteenId: '', date: shanghaiDate(new Date()), meal: mealNow(new Date()) }));
  const choice = { ...picked, canteenId: picked.canteenId || canteens[0]?.id || '' };
  const data = useLiveQuery(() => (choice.canteenId ? loadMeal(db, choice.canteenId, choice.date, choice.meal) : null),
    [db, choice.canteenId, choice.date, choice.meal], null);
  const residents = useLiveQuery(() => listResidents(db, session), [db, session], []);
  const refusals = useLiveQuery(() => listRejections(db), [db], []);
  const [query, setQuery] = useState('');
  const [tail, setTail] = useState<TailAnswer | null>(null);
  const q = query.trim();

  // phone numbers never reach this phone: four digits are asked of the server, when there is signal
  useEffect(() => {
    if (!/^\d{4}$/.test(q)) return;
    let current = true;
    lookUpPhoneTail(q).then((ids) => current && setTail({ tail: q, ids }), () => current && setTail({ tail: q, ids: 'offline' }));
    return () => { current = false; };
  }, [q]);

  if (!isStaffRole(session.user.role)) return <Page title={t('counter.title')}><p class="empty">{t('choose.notStaff')}</p></Page>;
  const today = shanghaiDate(new Date());

  const views = (data?.bookings ?? []).map((b): CounterCardView => {
    const served = data?.servings.get(b.id);
    const refusal = refusals.find((r) => r.name === 'serveMeal' && r.code === 'ALREADY_SERVED' && (r.args as { bookingId?: unknown }).bookingId === b.id);
    return {
      bookingId: b.id,
      name: data?.members.get(b.dinerId)?.name ?? '',
      mode: t(`mode.${b.mode}`),
      price: data ? tierPriceLabel(b.priceTier, b.priceFen, data.canteen) : '',
      ticketCode: mealTicketCode(b.id),
      diet: dietWords(data?.dietNotes.get(b.dinerId)),
      weighed: data ? !isFixedPrice(tierById(data.canteen, b.priceTier), data.canteen.pricing) : false,
      served: served ? {
        by: served.servedByName, time: servedTimeLabel(served.servedAt, today),
        charge: [t('counter.servedCharge', { price: formatMoney(served.chargedFen) }), served.grams !== null ? t('counter.servedGrams', { grams: served.grams }) : '']
          .filter(Boolean).join(' · '),
        syncState: data?.pending.has(`mealServing:${b.id}`) ? 'pending' : 'confirmed',
      } : null,
      conflict: refusal ? conflictWords(refusal.detail) : null,
    };
  }).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  const byTail = /^\d{4}$/.test(q) && tail?.tail === q ? tail.ids : null;
  const shown = q === '' ? views : views.filter((v) => {
    if (/^\d{6}$/.test(q)) return v.ticketCode === q;
    if (/^\d{4}$/.test(q)) return Array.isArray(byTail) && byTail.includes(data?.bookings.find((b) => b.id === v.bookingId)?.dinerId ?? '');
    return v.name.includes(q);
  });
  const servedCount = views.filter((v) => v.served).length;

  return (
    <Page title={t('counter.title')}>
      <MealChooser canteens={canteens} choice={choice} onChange={setChoice} />
      {!data ? <p class="empty">{t('choose.noMeal')}</p> : (
        <>
          <p class="prep-total">{t('counter.count', { total: views.length, served: servedCount })}</p>
          <label>{t('counter.search')}
            <input type="search" value={query} autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <p class="hint">{t('counter.searchHint')}</p>
          {byTail === 'offline' && <p class="notice" role="status">{t('counter.tailOffline')}</p>}
          {Array.isArray(byTail) && shown.length === 0 && <p class="empty">{t('counter.tailNone', { tail: q })}</p>}
          {shown.length === 0 && q !== '' && byTail === null ? <p class="empty">{t('counter.none')}</p> : (
            <ul class="counter-list">
              {shown.map((view) => (
                <CounterCard key={view.bookingId} view={view} onServe={(charge) => serveBooking(db, session, view.bookingId, charge)} />
              ))}
            </ul>
          )}
          <details class="panel">
            <summary>{t('counter.walkIn')}</summary>
            <WalkInForm
              residents={residents}
              weighedFor={(dinerId) => {
                const diner = residents.find((r) => r.id === dinerId);
                const tier = diner ? priceTierFor(diner, data.canteen, data.slot) : standardTier(data.canteen);
                return !isFixedPrice(tier, data.canteen.pricing);
              }}
              onSubmit={async (diner, charge) => {
                const failed = await serveWalkIn(db, session, data.slot.id, diner, charge);
                if (!failed) {
                  const name = diner.newResident?.name ?? residents.find((r) => r.id === diner.dinerId)?.name ?? '';
                  appStore.getState().showToast({ text: t('counter.walkInDone', { name }), tone: 'info' });
                }
                return failed;
              }}
            />
          </details>
        </>
      )}
    </Page>
  );
}
