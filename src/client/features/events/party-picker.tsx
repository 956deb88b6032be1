import './event-messages';
import { useState } from 'preact/hooks';
import type { CommunityEvent } from '../../../shared/events/event';
import type { Member } from '../../../shared/member';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { memberLabel } from './event-labels';

/** Props of PartyPicker: the household, who is chosen, and callbacks. */
export interface PartyPickerProps {
  event: CommunityEvent;
  members: Member[];
  initial: string[];
  /** Whether the chosen party would go to the waiting list. */
  willWait: (size: number) => boolean;
  error: string | null;
  submitLabel: string;
  onConfirm: (memberIds: string[]) => void;
  onAddChild: (name: string, birthDate: string) => void;
  onClose: () => void;
}

/** Choose who of the household comes, add a child to the household, and confirm. */
export function PartyPicker(props: PartyPickerProps) {
  const { event, members } = props;
  const [chosen, setChosen] = useState<string[]>(props.initial);
  const [name, setName] = useState('');
  const [birth, setBirth] = useState('');
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <section class="panel" aria-label={t('events.party')}>
      <fieldset>
        <legend>{t('events.party')}</legend>
        {members.map((m) => (
          <label key={m.id} class="choice">
            <input type="checkbox" checked={chosen.includes(m.id)} onChange={() => toggle(m.id)} />
            {memberLabel(m, event)}
          </label>
        ))}
      </fieldset>
      <p>{t('events.partyCount', { count: chosen.length })} · {t('events.capacityNote')}</p>
      {chosen.length > 0 && props.willWait(chosen.length) && <p role="status">{t('events.willWait')}</p>}
      <details>
        <summary>{t('events.addChild')}</summary>
        <label>{t('events.childName')}<input value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label>{t('events.childBirth')}<input type="date" value={birth} onInput={(e) => setBirth(e.currentTarget.value)} /></label>
        <Button kind="secondary" onClick={() => { props.onAddChild(name, birth); setName(''); setBirth(''); }}>{t('events.saveChild')}</Button>
      </details>
      {props.error && <p role="alert">{props.error}</p>}
      <div class="panel-actions">
        <Button disabled={chosen.length === 0} onClick={() => props.onConfirm(chosen)}>{props.submitLabel}</Button>
        <Button kind="secondary" onClick={props.onClose}>{t('events.close')}</Button>
      </div>
    </section>
  );
}
