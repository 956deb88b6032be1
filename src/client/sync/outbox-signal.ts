/**
 * A tiny in-tab notifier between `mutate` and the sync engine, so queuing work asks for a sync
 * without the data layer knowing the engine exists. Other tabs learn through the pull.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Subscribes to "something was queued"; returns the unsubscribe function. */
export function onOutboxChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells subscribers that the outbox gained work; called after the queuing transaction commits. */
export function notifyOutboxChanged(): void {
  for (const listener of [...listeners]) listener();
}
