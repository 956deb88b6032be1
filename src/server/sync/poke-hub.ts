import pg from 'pg';

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

/**
 * A hub that pokes through NOTIFY on PostgreSQL, so every instance behind a load balancer pokes
 * its own clients; this instance hears its own NOTIFY too, so it delivers only from LISTEN.
 */
export async function createPostgresPokeHub(url: string, onError: (err: unknown) => void): Promise<PokeHub> {
  const local = new LocalPokeHub();
  const client = new pg.Client({ connectionString: url });
  client.on('error', onError);
  client.on('notification', (msg) => {
    if (msg.channel !== POKE_CHANNEL || msg.payload === undefined) return;
    try {
      const ids: unknown = JSON.parse(msg.payload);
      if (Array.isArray(ids)) local.deliver(ids.filter((id): id is string => typeof id === 'string'));
    } catch (err) {
      onError(err);
    }
  });
  await client.connect();
  await client.query(`LISTEN ${POKE_CHANNEL}`);
  return {
    subscribe: (ids, listener) => local.subscribe(ids, listener),
    poke: (ids) => {
      if (ids.length === 0) return;
      // a lost poke only delays a client until its next pull, so it is logged, not retried
      client.query('select pg_notify($1, $2)', [POKE_CHANNEL, JSON.stringify(ids)]).catch(onError);
    },
    close: () => client.end(),
  };
}
