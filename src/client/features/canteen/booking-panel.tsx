import './booking-messages';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Canteen, ServiceMode } from '../../../shared/canteen/canteen';
import { availableModes } from '../../../shared/canteen/booking';
import type { DeliveryFacts } from '../../../shared/canteen/delivery-eligibility';
import type { Member } from '../../../shared/member';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { dayLabel } from './date-label';
import { priceLabel } from './price-label';

/** Who may eat: the user and household members who have no booking for the slot yet. */
export type DinerOption = Pick<Member, 'id' | 'name' | 'birthDate' | 'ageVerified' | 'groups'>;

/** Props of BookingPanel: plain values and callbacks, no database. */
export interface BookingPanelProps {
  slot: MealSlot;
  canteen: Pick<Canteen, 'priceTiers' | 'pricing' | 'deliveryAge'>;
  diners: DinerOption[];
  /** What staff verified for a diner's delivery (disability, living alone), if anything. */
  deliveryFacts?: (dinerId: string) => DeliveryFacts | null;
  selfId: string;
  /** The reason the last attempt was refused, already in words. */
  error: string | null;
  onConfirm: (choice: { dinerId: string; mode: ServiceMode }) => void;
  onClose: () => void;
}

/** The small form behind 预订: who eats and how (only the modes this slot offers), then confirm. */
export function BookingPanel({ slot, canteen, diners, selfId, error, onConfirm, onClose, deliveryFacts }: BookingPanelProps) {
  const [dinerId, setDinerId] = useState(diners[0]?.id ?? '');
  const [chosenMode, setMode] = useState<ServiceMode | ''>(slot.modes[0] ?? '');
  const chosenDiner = diners.find((d) => d.id === dinerId);
  // only the ways this diner may have the meal (delivery has an age), so a choice cannot be refused later
  const modes = chosenDiner ? availableModes(slot, canteen, chosenDiner, deliveryFacts?.(chosenDiner.id) ?? null) : [];
  const mode = chosenMode !== '' && modes.includes(chosenMode) ? chosenMode : (modes[0] ?? '');
  const titleId = `panel-${slot.id}`;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // move focus into the panel so a screen reader announces it and the keyboard is already there,
    // and bring it into view above the bottom bar: whole if it fits, else from its title down
    form.current?.focus({ preventScroll: true });
    form.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    if (dinerId && mode) onConfirm({ dinerId, mode });
  };
  return (
    <form ref={form} tabIndex={-1} class="booking-panel" role="dialog" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{t('panel.title', { date: dayLabel(slot.date), meal: t(`meal.${slot.meal}`) })}</h3>
      {diners.length === 0 ? (
        <p>{t('panel.noneLeft')}</p>
      ) : (
        <>
          <fieldset>
            <legend>{t('panel.diner')}</legend>
            {diners.map((diner) => (
              <label key={diner.id} class="choice">
                <input type="radio" name="diner" value={diner.id} checked={dinerId === diner.id} onChange={() => setDinerId(diner.id)} />
                <span>{diner.id === selfId ? t('panel.self', { name: diner.name }) : diner.name}</span>
                <span class="choice-note">{priceLabel(diner, canteen, slot)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('panel.mode')}</legend>
            {modes.length === 0 && <p class="choice-note">{t('panel.noMode', { age: canteen.deliveryAge })}</p>}
            {modes.map((m) => (
              <label key={m} class="choice">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>{t(`mode.${m}`)}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="panel-actions">
        {diners.length > 0 && (
          <Button type="submit" disabled={modes.length === 0}>
            {t('panel.confirm')}
          </Button>
        )}
        <Button kind="secondary" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
    </form>
  );
}
