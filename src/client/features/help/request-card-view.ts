import './help-messages';
import type { SessionInfo } from '../../../shared/auth';
import { partyOf } from '../../../shared/help/help-contact';
import { overdueReason } from '../../../shared/help/help-hours';
import { checkHelpAction, HELP_ACTIONS, type HelpAction } from '../../../shared/help/help-request';
import type { Actor } from '../../../shared/member';
import type { AppDb } from '../../data/db';
import { errorMessage } from '../../i18n/error-message';
import { formatDay } from '../../i18n/format';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { mutate } from '../../sync/mutate';
import type { HelpItem } from './help-queries';
import type { RequestCardView } from './request-card';
import type { ConfirmRequest } from '../../ui/confirm-dialog';

/** A request as its card shows it to this viewer now: words, contact if visible, the steps they may take. */
export function requestCardView(item: HelpItem, actor: Actor, now: Date): RequestCardView {
  const party = partyOf(item.contact);
  const actions = HELP_ACTIONS.filter((a) => checkHelpAction(actor, a, item, party) === null) as RequestCardView['actions'];
  const reason = overdueReason(item, now);
  return {
    id: item.id, kindName: item.kind?.name ?? '', icon: item.kind ? t(`helpIcon.${item.kind.icon}`) : '',
    window: t('help.window', { date: formatDay(item.date), from: item.fromTime, to: item.toTime }), building: item.building,
    status: item.status, assigneeName: item.assigneeName, syncState: item.syncState, minutes: item.minutes,
    hoursConfirmed: item.hoursConfirmed, thanked: item.thanked, overdue: reason && t(`help.overdue.${reason}`),
    contact: item.contact ? {
      name: item.contact.residentName, address: item.contact.address, phone: item.contact.phone,
      note: item.contact.note, volunteerNote: item.contact.volunteerNote,
    } : null,
    actions,
  };
}

/** Takes one step on a request (works offline: queued and shown at once); a refusal becomes a toast. */
export async function runHelpAction(db: AppDb, session: SessionInfo, requestId: string, action: HelpAction, value?: string | number): Promise<void> {
  try {
    if (action === 'accept') await mutate(db, session, 'acceptHelpRequest', { requestId });
    else if (action === 'dispatch') await mutate(db, session, 'dispatchHelpRequest', { requestId, volunteerId: String(value) });
    else if (action === 'start') await mutate(db, session, 'startHelpRequest', { requestId });
    else if (action === 'note') await mutate(db, session, 'noteHelpRequest', { requestId, note: String(value ?? '') });
    else if (action === 'finish') await mutate(db, session, 'finishHelpRequest', { requestId, minutes: Number(value) });
    else if (action === 'confirm') await mutate(db, session, 'confirmHelpRequest', { requestId });
    else if (action === 'cancel') await mutate(db, session, 'cancelHelpRequest', { requestId });
    else await mutate(db, session, 'confirmHelpHours', { requestId });
  } catch (error) {
    appStore.getState().showToast({ text: errorMessage(error), tone: 'error' });
  }
}

/** The question asked before a request is withdrawn: what it was, and who hears of it. */
export function cancelHelpQuestion(item: HelpItem | undefined): ConfirmRequest {
  return {
    title: t('help.cancelTitle'), message: t('help.cancelMessage', { kind: item?.kind?.name ?? '' }),
    confirmLabel: t('help.cancel'), keepLabel: t('help.cancelKeep'),
  };
}
