import './session-end-messages';
import type { SessionEndReason } from '../../../shared/session-end';
import { t } from '../../i18n/t';

/** Says why the server ended the last session on this phone, and that unsent work is kept. */
export function SessionEndNotice({ reason, pending }: { reason: SessionEndReason; pending: number }) {
  return (
    <div class="notice session-end" role="status">
      <p>{t(`sessionEnd.${reason}`)}</p>
      {pending > 0 && reason !== 'dataDeleted' && <p>{t('sessionEnd.queueKept')}</p>}
    </div>
  );
}
