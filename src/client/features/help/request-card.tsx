import './help-messages';
import { useState } from 'preact/hooks';
import type { HelpStatus } from '../../../shared/help/help-request';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { MoreActions } from '../../ui/more-actions';
import { StatusBadge, type SyncState } from '../../ui/status-badge';
import { helpRequestPath } from './help-paths';

/** One request as a card shows it: plain values, already decided by the container. */
export interface RequestCardView {
  id: string;
  kindName: string;
  icon: string;
  window: string;
  building: string;
  status: HelpStatus;
  assigneeName: string | null;
  syncState: SyncState;
  contact: { name: string; address: string; phone: string; note: string; volunteerNote: string } | null;
  minutes: number | null;
  hoursConfirmed: boolean;
  thanked: boolean;
  overdue: string | null;
  /** Buttons this viewer may press now (from the shared status machine). */
  actions: ('accept' | 'start' | 'finish' | 'note' | 'confirm' | 'cancel' | 'confirmHours' | 'dispatch')[];
}

/** The steps a request goes through, in order; a cancelled one stops where it was. */
const TIMELINE: HelpStatus[] = ['submitted', 'accepted', 'started', 'done', 'confirmed'];

/** 已提交 → 已接单 → 进行中 → 已完成 → 已确认, the current step marked for eyes and screen readers. */
export function HelpTimeline({ status }: { status: HelpStatus }) {
  if (status === 'cancelled') return <p class="help-timeline-cancelled">{t('helpStatus.cancelled')}</p>;
  const at = TIMELINE.indexOf(status);
  return (
    <ol class="help-timeline" aria-label={t('help.progress')}>
      {TIMELINE.map((step, i) => (
        <li key={step} class={i < at ? 'step-done' : i === at ? 'step-current' : 'step-todo'} aria-current={i === at ? 'step' : undefined}>
          {t(`helpStatus.${step}`)}
        </li>
      ))}
    </ol>
  );
}

/** A request card with its timeline, contact when visible, and the allowed actions. */
export function RequestCard({ view, volunteers = [], onAction }: {
  view: RequestCardView;
  volunteers?: { id: string; name: string }[];
  onAction: (id: string, action: RequestCardView['actions'][number], value?: string | number) => void;
}) {
  const [minutes, setMinutes] = useState('30');
  const [note, setNote] = useState(view.contact?.volunteerNote ?? '');
  const [volunteer, setVolunteer] = useState('');
  const has = (a: RequestCardView['actions'][number]) => view.actions.includes(a);
  return (
    <li class="help-card" aria-label={`${view.kindName} ${view.window}`}>
      <h3><span aria-hidden="true">{view.icon}</span> <a href={helpRequestPath(view.id)}>{view.kindName}</a></h3>
      <p>{view.window} · {view.building}</p>
      <HelpTimeline status={view.status} />
      <p class={`help-status help-status-${view.status}`}>
        {[
          view.assigneeName && t('help.assignee', { name: view.assigneeName }),
          view.minutes !== null && t('help.taskMinutes', { minutes: view.minutes }),
          view.hoursConfirmed && t('help.hoursConfirmed'),
          view.thanked && t('help.thanked'),
        ].filter(Boolean).join(' · ')}
      </p>
      {view.syncState === 'pending' && <StatusBadge state="pending" />}
      {view.overdue && <p class="help-overdue" role="note">{view.overdue}</p>}
      {view.contact && (
        <dl>
          <dt>{t('help.resident')}</dt><dd>{view.contact.name}</dd>
          <dt>{t('help.address')}</dt><dd>{view.contact.address}</dd>
          {view.contact.phone && <><dt>{t('help.phone')}</dt><dd><a href={`tel:${view.contact.phone}`}>{view.contact.phone}</a></dd></>}
          {view.contact.note && <><dt>{t('help.note')}</dt><dd>{view.contact.note}</dd></>}
          {view.contact.volunteerNote && <><dt>{t('help.volunteerNote')}</dt><dd>{view.contact.volunteerNote}</dd></>}
        </dl>
      )}
      {has('accept') && <Button onClick={() => onAction(view.id, 'accept')}>{t('help.accept')}</Button>}
      {has('start') && <Button onClick={() => onAction(view.id, 'start')}>{t('help.start')}</Button>}
      {has('note') && (
        <div class="help-note">
          <label>{t('help.volunteerNote')}<input value={note} maxLength={200} onInput={(e) => setNote((e.target as HTMLInputElement).value)} /></label>
          <Button kind="secondary" onClick={() => onAction(view.id, 'note', note)}>{t('help.saveNote')}</Button>
        </div>
      )}
      {has('finish') && (
        <div class="help-finish">
          <label>{t('help.minutes')}<input type="number" min={1} max={1440} value={minutes} onInput={(e) => setMinutes((e.target as HTMLInputElement).value)} /></label>
          <Button onClick={() => onAction(view.id, 'finish', Number(minutes))}>{t('help.finish')}</Button>
        </div>
      )}
      {has('confirm') && <Button onClick={() => onAction(view.id, 'confirm')}>{t('help.confirm')}</Button>}
      {has('dispatch') && (
        <div class="help-dispatch">
          <label>{t('help.dispatch')}
            <select value={volunteer} onChange={(e) => setVolunteer((e.target as HTMLSelectElement).value)}>
              <option value="">{t('help.dispatchChoose')}</option>
              {volunteers.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
            </select>
          </label>
          <Button kind="secondary" disabled={volunteer === ''} onClick={() => onAction(view.id, 'dispatch', volunteer)}>{t('help.dispatch')}</Button>
        </div>
      )}
      {(has('confirmHours') || has('cancel')) && (
        <MoreActions>
          {has('confirmHours') && <Button kind="secondary" onClick={() => onAction(view.id, 'confirmHours')}>{t('help.confirmHours')}</Button>}
          {has('cancel') && <Button kind="danger" onClick={() => onAction(view.id, 'cancel')}>{t('help.cancel')}</Button>}
        </MoreActions>
      )}
    </li>
  );
}
