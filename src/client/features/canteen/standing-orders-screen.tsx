import './counter-messages';
import './counter-screens.css';
import { useState } from 'preact/hooks';
import type { StandingOrder } from '../../../shared/canteen/standing-order';
import { shanghaiDate } from '../../../shared/time';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { pendingRowKeys } from '../../data/sync-queries';
import { errorMessage } from '../../i18n/error-message';
import { t, type MessageKey } from '../../i18n/t';
import { mutate } from '../../sync/mutate';
import { appStore } from '../../state/app-store';
import { Button } from '../../ui/button';
import { useConfirm } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { StatusBadge } from '../../ui/status-badge';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import { listCanteensOf, listPeopleIKeep, listStandingOrders } from './counter-queries';
import { StandingOrderForm } from './standing-order-form';
import { dayLabel } from './date-label';
import { formatList } from '../../i18n/format';

/** Runs a standing-order change on this phone at once (queued, works offline); null or the reason refused. */
async function change<N extends MutationName>(props: ScreenProps, name: N, args: MutationArgs<N>): Promise<string | null> {
  try {
    await mutate(props.db, props.session, name, args);
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

/** One order with its pause, resume and end, each asking for its date. */
function OrderRow({ order, summary, pending, today, onChange }: {
  order: StandingOrder; summary: string; pending: boolean; today: string;
  onChange: (name: 'pauseStandingOrder' | 'resumeStandingOrder' | 'endStandingOrder', dates: { from?: string; on?: string; resumeOn?: string }) => void;
}) {
  const [from, setFrom] = useState(today);
  const [resumeOn, setResumeOn] = useState('');
  const [on, setOn] = useState(today);
  const paused = order.pausedFrom !== null;
  return (
    <li class="booking-row">
      <p><strong>{summary}</strong></p>
      {order.ended && <p class="badge badge-cancelled">{t('standing.ended')}</p>}
      {paused && !order.ended && (
        <p class="notice">{t('standing.paused', {
          from: dayLabel(order.pausedFrom ?? today),
          until: order.resumeOn ? t('standing.pausedUntil', { date: dayLabel(order.resumeOn) }) : t('standing.pausedOpen'),
        })}</p>
      )}
      {pending && <StatusBadge state="pending" />}
      {!order.ended && (
        <div class="panel-actions">
          <details>
            <summary>{t('standing.pause')}</summary>
            <label>{t('standing.pauseFrom')}<input type="date" value={from} min={today} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
            <label>{t('standing.resumeOn')}<input type="date" value={resumeOn} min={from} onInput={(e) => setResumeOn(e.currentTarget.value)} /></label>
            <Button onClick={() => onChange('pauseStandingOrder', { from, resumeOn })}>{t('standing.pauseSave')}</Button>
          </details>
          {paused && (
            <details>
              <summary>{t('standing.resume')}</summary>
              <label>{t('standing.resumeDate')}<input type="date" value={on} min={today} onInput={(e) => setOn(e.currentTarget.value)} /></label>
              <Button onClick={() => onChange('resumeStandingOrder', { on })}>{t('standing.resumeSave')}</Button>
            </details>
          )}
          <Button kind="danger" onClick={() => onChange('endStandingOrder', {})}>{t('standing.end')}</Button>
        </div>
      )}
    </li>
  );
}

/**
 * 长期订餐 (loaded on demand): a household's, or for staff the community's, standing orders; start
 * one, pause it from a date and resume it on a date, or end it. The days are booked by the server.
 */
export function StandingOrdersScreen(props: ScreenProps) {
  const { db, session } = props;
  const today = shanghaiDate(new Date());
  const orders = useLiveQuery(() => listStandingOrders(db), [db], []);
  const people = useLiveQuery(() => listPeopleIKeep(db, session), [db, session], []);
  const canteens = useLiveQuery(() => listCanteensOf(db, session), [db, session], []);
  const pending = useLiveQuery(() => pendingRowKeys(db), [db], new Set<string>());
  const [error, setError] = useState<string | null>(null);
  const confirm = useConfirm();
  const { showToast } = appStore.getState();
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  const summaryOf = (o: StandingOrder) => t('standing.summary', {
    name: nameOf(o.dinerId), canteen: canteens.find((c) => c.id === o.canteenId)?.name ?? '', meal: t(`meal.${o.meal}`),
    days: formatList(o.weekdays.map((d) => t(`weekday.${d}` as MessageKey))), mode: t(`mode.${o.mode}`), start: dayLabel(o.startDate),
  });

  return (
    <Page title={t('standing.title')}>
      <p class="intro">{t('standing.intro')}</p>
      {orders.length === 0 ? <p class="empty">{t('standing.none')}</p> : (
        <ul class="booking-list">
          {orders.map((o) => (
            <OrderRow key={o.id} order={o} summary={summaryOf(o)} pending={pending.has(`standingOrder:${o.id}`)} today={today}
              onChange={async (name, dates) => {
                if (name === 'endStandingOrder' && !(await confirm.ask({
                  title: t('standing.endTitle'), message: t('standing.endMessage', { summary: summaryOf(o) }),
                  confirmLabel: t('standing.end'), keepLabel: t('standing.endKeep'),
                }))) return;
                const failed = name === 'pauseStandingOrder'
                  ? await change(props, name, { orderId: o.id, from: dates.from ?? today, resumeOn: dates.resumeOn || null })
                  : name === 'resumeStandingOrder'
                    ? await change(props, name, { orderId: o.id, on: dates.on ?? today })
                    : await change(props, name, { orderId: o.id });
                if (failed) showToast({ text: failed, tone: 'error' });
              }} />
          ))}
        </ul>
      )}
      <details class="panel" open={orders.length === 0}>
        <summary>{t('standing.new')}</summary>
        {people.length > 0 && (
          <StandingOrderForm people={people} canteens={canteens} today={today} error={error} onSubmit={async (draft) => {
            const failed = await change(props, 'saveStandingOrder', { orderId: crypto.randomUUID(), ...draft });
            setError(failed);
            if (!failed) showToast({ text: t('standing.saved'), tone: 'info' });
          }} />
        )}
      </details>
      {confirm.dialog}
    </Page>
  );
}
