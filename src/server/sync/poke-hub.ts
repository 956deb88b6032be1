import { ListenConnection, type ListenConnectionOptions } from './listen-connection';

/** PostgreSQL channel through which server instances poke each other's clients. */
export const POKE_CHANNEL = 'linlitong_poke';

/** Fans "something changed in these communities" out to connected SSE clients. */
export interface PokeHub {
  /** Calls listener whenever one of the communities changes; returns the unsubscribe function. */
  subscribe(communityIds: readonly string[], listener: () => void): () => void;
  /** Announces committed changes in communities (after commit, never inside a transaction). */
  poke(communityIds: readonly string[]): void;
  close(): Promise<void>;
}

interface Subscriber {
  communityIds: ReadonlySet<string>;
  listener: () => void;
}

/** Delivers pokes to this process's subscribers. */
class LocalPokeHub {
  private readonly subscribers = new Set<Subscriber>();

  subscribe(communityIds: readonly string[], listener: () => void): () => void {
    const sub: Subscriber = { communityIds: new Set(communityIds), listener };
    this.subscribers.add(sub);
    return () => this.subscribers.delete(sub);
  }

  /** Pokes every subscriber, whatever its communities: after missed notifications. */
  deliverAll(): void {
    for (const sub of this.subscribers) sub.listener();
  }

  deliver(communityIds: readonly string[]): void {
    if (communityIds.length === 0) return;
    for (const sub of this.subscribers) {
      if (communityIds.some((id) => sub.communityIds.has(id))) sub.listener();
    }
  }
}

/** A hub for a single server process (SQLite, or tests). */
export function createLocalPokeHub(): PokeHub {
  const local = new LocalPokeHub();
  return {
    subscribe: (ids, listener) => local.subscribe(ids, listener),
    poke: (ids) => local.deliver(ids),
    close: async () => {},
  };
}

/** Options of the PostgreSQL hub besides its URL and error sink. */
export type PostgresPokeHubOptions = Pick<ListenConnectionOptions, 'applicationName' | 'reconnectDelayMs' | 'onReconnected'>;

/**
 * A hub that pokes through NOTIFY on PostgreSQL, so every instance behind a load balancer pokes
 * its own clients; this instance hears its own NOTIFY too, so it delivers only from LISTEN.
 * The LISTEN connection comes back by itself after a database restart (see ListenConnection);
 * notifications sent meanwhile are lost, so every local client is then poked to catch up.
 */
export async function createPostgresPokeHub(
  url: string, onError: (err: unknown) => void, opts: PostgresPokeHubOptions = {},
): Promise<PokeHub> {
  const local = new LocalPokeHub();
  const connection = new ListenConnection({
    url,
    channel: POKE_CHANNEL,
    onError,
    ...opts,
    onNotification: (payload) => {
      try {
        const ids: unknown = JSON.parse(payload);
        if (Array.isArray(ids)) local.deliver(ids.filter((id): id is string => typeof id === 'string'));
      } catch (err) {
        onError(err);
      }
    },
    onReconnected: () => {
      local.deliverAll();
      opts.onReconnected?.();
    },
  });
  await connection.start();
  return {
    subscribe: (ids, listener) => local.subscribe(ids, listener),
    poke: (ids) => connection.notify(ids),
    close: () => connection.close(),
  };
}
