import './counter-messages';
import './counter-screens.css';
import { useState } from 'preact/hooks';
import { groupDeliveries, isDeliveryEligible, type MealDelivery } from '../../../shared/canteen/delivery';
import { isStaffRole } from '../../../shared/role';
import { shanghaiDate } from '../../../shared/time';
import { elderAgeOf } from '../../../shared/canteen/pricing';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { listRejections, pendingRowKeys } from '../../data/sync-queries';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { mutate } from '../../sync/mutate';
import { appStore } from '../../state/app-store';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { StatusBadge } from '../../ui/status-badge';
import { RejectionError } from '../../../shared/rejection';
import { listCanteensOf, listResidents } from './counter-queries';
import { MealChooser, type MealChoice } from './meal-chooser';
import { servedTimeLabel } from './counter-actions';

/** One stop, its name, room and state; "已送到" on it while not delivered. */
function Stop({ stop, pending, conflict, today, onMark }: {
  stop: MealDelivery; pending: boolean; conflict: string | null; today: string; onMark: () => void;
}) {
  return (
    <li class="counter-card">
      <h4>{stop.dinerName} <span class="hint">{stop.room}</span></h4>
      {conflict && <p class="refusal" role="alert">{conflict}</p>}
      {stop.deliveredAt ? (
        <p class="served-line">
          {t('delivery.doneBy', { name: stop.deliveredByName ?? '', time: servedTimeLabel(stop.deliveredAt, today) })}{' '}
          {pending && <StatusBadge state="pending" />}
        </p>
      ) : <Button onClick={onMark} aria-label={t('delivery.markFor', { name: stop.dinerName })}>{t('delivery.mark')}</Button>}
    </li>
  );
}

/** Staff record a resident's delivery address and the facts that allow it; the shared rule says whether it does. */
function ProfileForm(props: ScreenProps) {
  const { db, session } = props;
  const residents = useLiveQuery(() => listResidents(db, session), [db, session], []);
  const canteens = useLiveQuery(() => listCanteensOf(db, session), [db, session], []);
  const [residentId, setResidentId] = useState('');
  const [building, setBuilding] = useState('');
  const [floor, setFloor] = useState('');
  const [room, setRoom] = useState('');
  const [disability, setDisability] = useState(false);
  const [livesAlone, setLivesAlone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resident = residents.find((r) => r.id === residentId);
  const canteen = canteens.find((c) => c.communityId === resident?.communityId);
  const eligible = resident && canteen ? isDeliveryEligible(resident, { disability, livesAlone }, canteen, shanghaiDate(new Date())) : null;
  const save = async (event: Event) => {
    event.preventDefault();
    if (!/^-?\d{1,2}$/.test(floor.trim())) { setError(t('delivery.badFloor')); return; }
    try {
      await mutate(db, session, 'saveDeliveryProfile', { residentId, building, floor: Number(floor), room, disability, livesAlone });
      setError(null);
      appStore.getState().showToast({ text: t('delivery.saved'), tone: 'info' });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form onSubmit={save}>
      <label>{t('delivery.resident')}
        <select value={residentId} onChange={(e) => setResidentId(e.currentTarget.value)}>
          <option value="">—</option>
          {residents.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </label>
      <label>{t('delivery.building')}<input value={building} maxLength={20} onInput={(e) => setBuilding(e.currentTarget.value)} /></label>
      <label>{t('delivery.floorField')}<input inputMode="numeric" value={floor} onInput={(e) => setFloor(e.currentTarget.value)} /></label>
      <label>{t('delivery.room')}<input value={room} maxLength={20} onInput={(e) => setRoom(e.currentTarget.value)} /></label>
      <label class="choice"><input type="checkbox" checked={disability} onChange={(e) => setDisability(e.currentTarget.checked)} />{t('delivery.disability')}</label>
      <label class="choice"><input type="checkbox" checked={livesAlone} onChange={(e) => setLivesAlone(e.currentTarget.checked)} />{t('delivery.livesAlone')}</label>
      {eligible !== null && canteen && (
        <p class="notice">{eligible ? t('delivery.eligible') : t('delivery.notEligible', { age: canteen.deliveryAge, elderAge: elderAgeOf(canteen) ?? canteen.deliveryAge })}</p>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      <Button type="submit" disabled={!residentId || !building.trim()}>{t('delivery.save')}</Button>
    </form>
  );
}

/**
 * 送餐上门 (volunteers and staff, loaded on demand): a meal's deliveries grouped by building and
 * floor; "已送到" on each, also without signal. Staff also record residents' delivery addresses.
 */
export function DeliveryScreen(props: ScreenProps) {
  const { db, session } = props;
  const today = shanghaiDate(new Date());
  const canteens = useLiveQuery(() => listCanteensOf(db, session), [db, session], []);
  const [picked, setChoice] = useState<MealChoice>({ canteenId: '', date: today, meal: 'lunch' });
  const choice = { ...picked, canteenId: picked.canteenId || canteens[0]?.id || '' };
  const stops = useLiveQuery(() => db.mealDelivery.where('[canteenId+date]').equals([choice.canteenId, choice.date]).toArray(),
    [db, choice.canteenId, choice.date], []).filter((s) => s.meal === choice.meal);
  const pending = useLiveQuery(() => pendingRowKeys(db), [db], new Set<string>());
  const refusals = useLiveQuery(() => listRejections(db), [db], []);
  const mark = async (stop: MealDelivery) => {
    try {
      await mutate(db, session, 'markMealDelivered', { bookingId: stop.id, deliveredAt: new Date().toISOString() });
    } catch (failure) {
      const detail = failure instanceof RejectionError && failure.rejection.code === 'ALREADY_SERVED' ? failure.rejection.detail : undefined;
      appStore.getState().showToast({
        text: detail ? t('delivery.conflict', { name: detail.byName ?? '', time: servedTimeLabel(detail.at ?? '', today) }) : errorMessage(failure), tone: 'error',
      });
    }
  };
  const conflictOf = (id: string) => {
    const r = refusals.find((x) => x.name === 'markMealDelivered' && x.code === 'ALREADY_SERVED' && (x.args as { bookingId?: unknown }).bookingId === id);
    return r ? t('delivery.conflict', { name: r.detail?.byName ?? '', time: r.detail?.at ? servedTimeLabel(r.detail.at, today) : '' }) : null;
  };
  return (
    <Page title={t('delivery.title')}>
      <p class="intro">{t('delivery.intro')}</p>
      <MealChooser canteens={canteens} choice={choice} onChange={setChoice} />
      {stops.length === 0 ? <p class="empty">{t('delivery.none')}</p> : (
        <>
          <p class="prep-total">{t('delivery.count', { total: stops.length, done: stops.filter((s) => s.deliveredAt).length })}</p>
          {groupDeliveries(stops).map((b) => (
            <section key={b.building} aria-label={b.building || t('delivery.noFloor')}>
              <h2>{b.building || t('delivery.noFloor')}</h2>
              {b.floors.map((f) => (
                <div key={String(f.floor)}>
                  {f.floor !== null && <h3>{t('delivery.floor', { floor: f.floor })}</h3>}
                  <ul class="counter-list">
                    {f.stops.map((s) => (
                      <Stop key={s.id} stop={s} today={today} pending={pending.has(`mealDelivery:${s.id}`)} conflict={conflictOf(s.id)} onMark={() => void mark(s)} />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
      {isStaffRole(session.user.role) && (
        <details class="panel">
          <summary>{t('delivery.profile')}</summary>
          <ProfileForm {...props} />
        </details>
      )}
    </Page>
  );
}
