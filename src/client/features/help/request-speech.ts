import './help-messages';
import { t } from '../../i18n/t';
import type { RequestCardView } from './request-card';

/** What 朗读 says on a request's page, in the card's own words: what, when, where, its step, who took it. */
export function requestSpeech(view: RequestCardView): string {
  const words = [
    view.kindName, view.window, view.building, t(`helpStatus.${view.status}`),
    view.assigneeName && t('help.assignee', { name: view.assigneeName }),
    view.syncState === 'pending' && t('status.pending'),
    view.overdue,
  ];
  return `${words.filter(Boolean).join('。')}。`;
}
