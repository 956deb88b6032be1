import './accounts-messages';
import './accounts.css';
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../shared/accounts/audit';
import { actorFor } from '../../../shared/member';
import { useLiveQuery } from '../../data/use-live-query';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { actorOf } from '../../session/actor';
import { useChosenCommunity } from '../../state/community-choice';
import { CommunityPicker } from '../../ui/community-picker';
import { Page } from '../../ui/page';
import { fetchAudit } from './accounts-api';
import { AuditLog } from './audit-log';

/**
 * 操作记录, for administrators of the street office: the staff actions of one community at a time
 * (picked here). Read from the server, page by page: it needs the network.
 */
export function AuditScreen({ db, session }: ScreenProps) {
  const [communityId, chooseCommunity] = useChosenCommunity(session);
  const communities = useLiveQuery(() => db.community.toArray(), [db], []);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async (before: string | null) => {
    try {
      const page = await fetchAudit(communityId, before);
      setEntries((shown) => [...(before === null ? [] : shown ?? []), ...page.entries]);
      setNext(page.next);
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  useEffect(() => {
    setEntries(null);
    void load(null);
  }, [communityId]);

  if (actorFor(actorOf(session), 'accounts').role !== 'admin') return <Page title={t('audit.title')}><p>{t('audit.adminOnly')}</p></Page>;
  return (
    <Page title={t('audit.title')}>
      <CommunityPicker communities={communities.filter((c) => session.communityIds.includes(c.id))} value={communityId} onChange={chooseCommunity} />
      {problem && <p role="alert" class="form-error">{problem}</p>}
      {entries === null && !problem && <p role="status">{t('audit.loading')}</p>}
      {entries && <AuditLog entries={entries} hasMore={next !== null} onMore={() => void load(next)} />}
    </Page>
  );
}
