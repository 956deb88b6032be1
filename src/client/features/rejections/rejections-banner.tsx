import type { AppDb } from '../../data/db';
import { dismissRejection } from '../../data/sync-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { RejectionList } from './rejection-list';
import { listRejectionViews } from './rejection-views';

/** Shows, on every screen, what the server refused and why, until the user dismisses it. */
export function RejectionsBanner({ db }: { db: AppDb }) {
  const items = useLiveQuery(() => listRejectionViews(db), [db], []);
  const onDismiss = (id: string) => {
    dismissRejection(db, id).catch((error: unknown) => console.error('dismiss failed', error));
  };
  return <RejectionList items={items} onDismiss={onDismiss} />;
}
