/**
 * An in-memory stand-in for the server's sync API that applies mutations with the SHARED rules,
 * keeps one change entry per row like the real one, and can be told to fail.
 */
import { checkBooking, checkCancel, makeBooking, type Booking } from '../../../src/shared/canteen/booking';
import type { SessionInfo } from '../../../src/shared/auth';
import type { Actor, Member } from '../../../src/shared/member';
import type { Canteen, ServiceMode } from '../../../src/shared/canteen/canteen';
import type { MealSlot } from '../../../src/shared/canteen/meal-slot';
import type { Rejection } from '../../../src/shared/rejection';
import type { EntityName } from '../../../src/shared/sync/entities';
import { isMutationName, mutationArgsSchemas } from '../../../src/shared/sync/mutations';
import type { Change, MutationResult, PullResponse, PushRequest } from '../../../src/shared/sync/protocol';
import { parseWith } from '../../../src/shared/validation';
import { NOW } from './fixtures';

type Row = Record<string, unknown> & { id: string };

function actorFor(session: SessionInfo): Actor {
  const { user } = session;
  return { id: user.id, role: user.role, communityId: user.communityId, householdId: user.householdId, communityIds: session.communityIds };
}

/** The fake server; `fetch` is what the client is given. */
export class FakeServer {
  rows = new Map<string, { entity: EntityName; row: Row | null }>();
  versions = new Map<string, number>();
  version = 0;
  results = new Map<string, MutationResult>();
  pageSize = 500;
  now = NOW;
  /**
   * 'network' makes fetch throw; 500, 401 and 503 make it answer with that status (503 as the
   * server does while its database restarts, with Retry-After: 5).
   */
  failure: 'network' | 500 | 401 | 503 | null = null;
  /** Called before each pull reply, e.g. to pause it. */
  beforePull: ((cursor: string) => Promise<void>) | null = null;
  pushes: PushRequest[] = [];
  pulls: string[] = [];

  constructor(public session: SessionInfo) {}

  /** Writes a row as another user or an administrator would, bumping its change version. */
  put(entity: EntityName, row: object): void {
    const r = row as Row;
    this.rows.set(`${entity}:${r.id}`, { entity, row: structuredClone(r) });
    this.versions.set(`${entity}:${r.id}`, ++this.version);
  }

  /** The server's current row. */
  get<T>(entity: EntityName, id: string): T | undefined {
    return (this.rows.get(`${entity}:${id}`)?.row ?? undefined) as T | undefined;
  }

  private find(entity: EntityName, filter: (row: Row) => boolean): Row[] {
    return [...this.rows.values()].filter((e) => e.entity === entity && e.row && filter(e.row)).map((e) => e.row as Row);
  }

  /** Applies one mutation for a user, with the shared rules, as the real push handler does. */
  apply(session: SessionInfo, name: string, rawArgs: unknown): Rejection | null {
    if (!isMutationName(name)) return { code: 'UNKNOWN_MUTATION', fields: ['name'], message: name };
    const parsed = parseWith(mutationArgsSchemas[name], rawArgs);
    if (!parsed.ok) return { code: 'INVALID', fields: parsed.problems.map((p) => p.field), message: 'invalid' };
    const actor = actorFor(session);
    const args = parsed.value as Record<string, string>;
    if (name === 'bookMeal') {
      const slot = this.get<MealSlot>('mealSlot', args.slotId!);
      const diner = this.get<Member>('member', args.dinerId!);
      if (!slot || !diner) return { code: 'NOT_FOUND', fields: ['slotId'], message: 'not found' };
      const canteen = this.get<Canteen>('canteen', slot.canteenId)!;
      const ctx = {
        actor, diner, canteen, slot, mode: args.mode as ServiceMode, now: this.now,
        dinerBookingsForSlot: this.find('booking', (b) => b.slotId === slot.id && b.dinerId === diner.id) as unknown as Booking[],
      };
      const refusal = checkBooking(ctx);
      if (refusal) return refusal;
      this.put('booking', makeBooking(ctx, args.bookingId!, this.now.toISOString()));
      this.put('mealSlot', { ...slot, seatsTaken: slot.seatsTaken + 1 });
      return null;
    }
    const booking = this.get<Booking>('booking', args.bookingId!);
    if (!booking) return { code: 'NOT_FOUND', fields: ['bookingId'], message: 'not found' };
    const slot = this.get<MealSlot>('mealSlot', booking.slotId)!;
    const refusal = checkCancel(actor, booking, { id: booking.dinerId, householdId: booking.householdId, communityId: booking.communityId }, slot, this.now);
    if (refusal) return refusal;
    this.put('booking', { ...booking, status: 'cancelled', cancelledAt: this.now.toISOString() });
    this.put('mealSlot', { ...slot, seatsTaken: slot.seatsTaken - 1 });
    return null;
  }

  private push(body: PushRequest): { results: MutationResult[] } {
    this.pushes.push(body);
    const results = body.mutations.map((m): MutationResult => {
      const stored = this.results.get(m.id);
      if (stored) return stored;
      const refusal = this.apply(this.session, m.name, m.args);
      const result: MutationResult = refusal ? { id: m.id, status: 'rejected', ...refusal } : { id: m.id, status: 'applied' };
      this.results.set(m.id, result);
      return result;
    });
    return { results };
  }

  /** What decides the session's rows, as the real server's scope key (opaque to the client). */
  scopeKey(): string {
    const { user, communityIds } = this.session;
    let h = 0;
    for (const ch of JSON.stringify([user.role, [...communityIds].sort(), user.householdId])) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return h.toString(36);
  }

  /**
   * Rows of the session's communities only, and private rows (bookings) only for their diner's
   * household, as the real scope rule says.
   */
  private visible(key: string): boolean {
    const { entity, row } = this.rows.get(key)!;
    const communityId = entity === 'community' ? row?.id : row?.communityId;
    if (typeof communityId === 'string' && !this.session.communityIds.includes(communityId)) return false;
    if (entity !== 'booking' || !row) return true;
    const { user } = this.session;
    return row.dinerId === user.id || (user.householdId !== null && row.householdId === user.householdId);
  }

  /** A page after a cursor; a cursor made for another scope starts over with `reset`, as the real one does. */
  private pull(cursorText: string): PullResponse {
    const [version, key] = cursorText.split('.');
    const reset = Number(version) > 0 && key !== this.scopeKey();
    const cursor = reset ? 0 : Number(version);
    const due = [...this.versions.entries()]
      .filter(([key, v]) => v > cursor && this.visible(key))
      .sort((a, b) => a[1] - b[1]);
    const page = due.slice(0, this.pageSize);
    const changes: Change[] = page.map(([key]) => {
      const { entity, row } = this.rows.get(key)!;
      const id = key.slice(entity.length + 1);
      if (!row || (entity === 'booking' && row.status === 'cancelled')) return { entity, id, op: 'del' };
      return { entity, id, op: 'put', row: structuredClone(row) };
    });
    const last = page.at(-1)?.[1] ?? cursor;
    return { cursor: `${last}.${this.scopeKey()}`, hasMore: due.length > page.length, changes, ...(reset ? { reset: true as const } : {}) };
  }

  /** A fetch that routes to this server. */
  fetch: typeof fetch = async (input, init) => {
    if (this.failure === 'network') throw new TypeError('Failed to fetch');
    if (this.failure !== null) {
      const code = { 401: 'UNAUTHENTICATED', 500: 'INTERNAL', 503: 'DATABASE_UNAVAILABLE' }[this.failure];
      const headers: Record<string, string> = this.failure === 503 ? { 'retry-after': '5' } : {};
      return json(this.failure, { error: { code, message: code, fields: [] } }, headers);
    }
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/sync/push') return json(200, this.push(JSON.parse(String(init?.body))));
    if (url.pathname === '/api/sync/pull') {
      const cursor = url.searchParams.get('cursor') ?? '0';
      this.pulls.push(cursor);
      await this.beforePull?.(cursor);
      return json(200, this.pull(cursor));
    }
    return json(404, { error: { code: 'NOT_FOUND', message: url.pathname, fields: [] } });
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
