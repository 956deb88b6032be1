import { useEffect } from 'preact/hooks';
import type { AppDb } from '../../data/db';
import { dismissRejection } from '../../data/sync-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { RejectionList } from './rejection-list';
import { listRejectionViews } from './rejection-views';

/**
 * Shows, on every screen, what the server refused and why, until the user dismisses it. Draws
 * nothing until the refusals are read, then says so through `onShown` (the shell waits for it).
 */
export function RejectionsBanner({ db, onShown }: { db: AppDb; onShown?: () => void }) {
  const items = useLiveQuery(() => listRejectionViews(db), [db], null);
  useEffect(() => {
    if (items !== null) onShown?.();
  }, [items === null]);
  const onDismiss = (id: string) => {
    dismissRejection(db, id).catch((error: unknown) => console.error('dismiss failed', error));
  };
  return items && <RejectionList items={items} onDismiss={onDismiss} />;
}
