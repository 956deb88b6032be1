/**
 * The one PostgreSQL connection of an instance that LISTENs for pokes and sends them. A pool
 * cannot do this (LISTEN belongs to a session), so this connection must heal itself: when the
 * database restarts or fails over it reconnects with backoff until it can LISTEN again, keeping
 * the pokes made meanwhile to send them then.
 */
import pg from 'pg';

/** First wait before reconnecting; it doubles up to MAX_RECONNECT_DELAY_MS. */
export const MIN_RECONNECT_DELAY_MS = 250;
/** Longest wait between reconnection attempts. */
export const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * Wait before reconnection attempt `attempt` (1-based): doubling, capped, with jitter so a fleet
 * of instances does not knock on the new primary all at the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RECONNECT_DELAY_MS, MIN_RECONNECT_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random() / 2));
}

/** What a ListenConnection needs. */
export interface ListenConnectionOptions {
  url: string;
  channel: string;
  /** Hears a notification's payload on the channel. */
  onNotification: (payload: string) => void;
  /** Hears every failure: a lost connection, a failed attempt, a NOTIFY that did not go out. */
  onError: (err: unknown) => void;
  /** Called after LISTEN is back following a loss: notifications in between were missed. */
  onReconnected?: () => void;
  /** application_name of the connection (default linlitong-listen). */
  applicationName?: string;
  /** Wait before reconnection attempt n; tests make it short. */
  reconnectDelayMs?: (attempt: number) => number;
}

/** A self-healing LISTEN/NOTIFY connection on one channel. */
export class ListenConnection {
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Communities whose pokes wait for the connection; a set, since one poke per community is enough. */
  private readonly pending = new Set<string>();

  constructor(private readonly opts: ListenConnectionOptions) {}

  /** Connects and LISTENs; when the database is away it keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Sends a poke for communities now, or as soon as the connection is back. */
  notify(communityIds: readonly string[]): void {
    if (communityIds.length === 0) return;
    if (!this.listening || !this.client) {
      for (const id of communityIds) this.pending.add(id);
      return;
    }
    this.client.query('select pg_notify($1, $2)', [this.opts.channel, JSON.stringify(communityIds)]).catch((err: unknown) => {
      // the connection is failing: keep the poke for the reconnection
      for (const id of communityIds) this.pending.add(id);
      this.opts.onError(err);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.opts.url,
      application_name: this.opts.applicationName ?? 'linlitong-listen',
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    client.on('error', (err) => this.lose(client, err));
    client.on('end', () => this.lose(client, new Error('the LISTEN connection ended')));
    client.on('notification', (msg) => {
      if (msg.channel === this.opts.channel && msg.payload !== undefined) this.opts.onNotification(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.opts.channel}`);
    } catch (err) {
      this.lose(client, err);
      return;
    }
    if (this.client !== client) return;
    // after any failure, including a first connection that had to wait for the database
    const recovered = this.attempts > 0;
    this.listening = true;
    this.attempts = 0;
    const missed = [...this.pending];
    this.pending.clear();
    this.notify(missed);
    if (recovered) this.opts.onReconnected?.();
  }

  /** Drops a failed client (once, however many events it emits) and schedules the next attempt. */
  private lose(client: pg.Client, err: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.opts.onError(err);
    client.end().catch(() => {});
    if (this.closed) return;
    this.attempts += 1;
    const delay = (this.opts.reconnectDelayMs ?? reconnectDelay)(this.attempts);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }
}
