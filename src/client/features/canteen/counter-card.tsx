import './counter-messages';
import { useState } from 'preact/hooks';
import type { Charge } from '../../../shared/canteen/meal-serving';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { StatusBadge, type SyncState } from '../../ui/status-badge';
import { ChargeFields, readCharge, type ChargeText } from './charge-fields';

/** One booking at the counter, as plain values already decided. */
export interface CounterCardView {
  bookingId: string;
  name: string;
  mode: string;
  price: string;
  ticketCode: string;
  /** The diet note in words, '' for none. */
  diet: string;
  weighed: boolean;
  served: { by: string; time: string; charge: string; syncState: SyncState } | null;
  /** Another counter served it first (the server's answer), in words. */
  conflict: string | null;
}

/**
 * A booking at the counter: who, how, the estimate or fixed price, the 取餐码 and diet notes;
 * then either the plate's grams and price (weighed) or one tap (fixed), or who served it.
 */
export function CounterCard({ view, onServe }: { view: CounterCardView; onServe: (charge: Charge) => Promise<string | null> }) {
  const [text, setText] = useState<ChargeText>({ grams: '', yuan: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readCharge(text, view.weighed);
    if ('error' in read) { setError(read.error); return; }
    setError(await onServe(read.charge));
  };
  return (
    <li class="counter-card">
      <h3>{view.name}</h3>
      <p class="facts"><span>{view.mode}</span><span>{view.price}</span><span>{t('counter.ticket', { code: view.ticketCode })}</span></p>
      {view.diet && <p class="diet-line">{t('counter.dietFor', { text: view.diet })}</p>}
      {view.conflict && <p class="refusal" role="alert">{view.conflict}</p>}
      {view.served ? (
        <p class="served-line">
          {t('counter.served', { name: view.served.by, time: view.served.time })} · {view.served.charge}{' '}
          {view.served.syncState === 'pending' && <StatusBadge state="pending" />}
        </p>
      ) : (
        <form onSubmit={submit} aria-label={`${t('counter.record')} ${view.name}`}>
          {view.weighed && <ChargeFields idPrefix={`serve-${view.bookingId}`} value={text} onChange={setText} />}
          {error && <p class="form-error" role="alert">{error}</p>}
          <Button type="submit">{view.weighed ? t('counter.record') : t('counter.serveFixed')}</Button>
        </form>
      )}
    </li>
  );
}
