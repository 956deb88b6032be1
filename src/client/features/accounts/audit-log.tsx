import './accounts-messages';
import type { AuditEntry } from '../../../shared/accounts/audit';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';

/** An action in words: the name every service gives its mutation ("派单"), or the raw name. */
function actionWords(action: string): string {
  const key = `mutation.${action}` as MessageKey;
  const words = t(key);
  return words === key ? action : words;
}

/** An instant in Shanghai, as staff read it. */
function when(instant: string): string {
  return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * 操作记录: what staff did as staff, newest first: who, when, what, for whom, and the details as
 * sent. Plain values in, so it renders without the network or a database.
 */
export function AuditLog({ entries, hasMore, onMore }: { entries: AuditEntry[]; hasMore: boolean; onMore: () => void }) {
  if (entries.length === 0) return <p class="empty">{t('audit.none')}</p>;
  return (
    <>
      <ol class="audit-list">
        {entries.map((e) => (
          <li key={e.id}>
            <p><strong>{when(e.at)}</strong> {t('audit.line', { who: e.actorName, what: actionWords(e.action) })}
              {e.subjectName && ` · ${t('audit.for', { name: e.subjectName })}`}</p>
            <details>
              <summary>{t('audit.details')}</summary>
              <ul>{Object.entries(e.details).map(([key, value]) => <li key={key}>{key}: {typeof value === 'string' ? value : JSON.stringify(value)}</li>)}</ul>
            </details>
          </li>
        ))}
      </ol>
      {hasMore && <Button kind="secondary" onClick={onMore}>{t('audit.more')}</Button>}
    </>
  );
}
