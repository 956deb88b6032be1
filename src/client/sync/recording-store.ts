/**
 * The only way mutators touch rows. Writes are buffered and flushed only when the mutator
 * finishes, so a mutator that throws halfway leaves nothing behind; on flush, each row's server
 * version is saved to `shadows` the first time any queued mutation touches it, so a rebase can
 * undo every optimistic write.
 */
import type { AppDb } from '../data/db';
import type { EntityName, EntityRow } from '../../shared/sync/entities';

type Key = `${EntityName}:${string}`;

function keyOf(entity: EntityName, id: string): Key {
  return `${entity}:${id}`;
}

/** Row access for client mutators; must be used inside a Dexie transaction over the touched tables. */
export class RecordingStore {
  /** Buffered writes: a row to put, or null to delete. */
  private readonly pending = new Map<Key, { entity: EntityName; id: string; row: Record<string, unknown> | null }>();

  constructor(private readonly db: AppDb) {}

  /** One row by id, seeing this mutator's own buffered writes. */
  async get<E extends EntityName>(entity: E, id: string): Promise<EntityRow<E> | undefined> {
    const buffered = this.pending.get(keyOf(entity, id));
    if (buffered) return (buffered.row ?? undefined) as EntityRow<E> | undefined;
    return (await this.db.entityTable(entity).get(id)) as EntityRow<E> | undefined;
  }

  /** Rows whose indexed field equals a value, seeing this mutator's own buffered writes. */
  async where<E extends EntityName>(entity: E, field: keyof EntityRow<E> & string, value: string): Promise<EntityRow<E>[]> {
    const stored = (await this.db.entityTable(entity).where(field).equals(value).toArray()) as EntityRow<E>[];
    const byId = new Map(stored.map((row) => [(row as { id: string }).id, row]));
    for (const change of this.pending.values()) {
      if (change.entity !== entity) continue;
      if (change.row === null || change.row[field] !== value) byId.delete(change.id);
      else byId.set(change.id, change.row as EntityRow<E>);
    }
    return [...byId.values()];
  }

  /** Buffers a put of a whole row. */
  put<E extends EntityName>(entity: E, row: EntityRow<E>): void {
    const id = (row as { id: string }).id;
    this.pending.set(keyOf(entity, id), { entity, id, row: { ...row } });
  }

  /** Buffers the removal of a row. */
  delete(entity: EntityName, id: string): void {
    this.pending.set(keyOf(entity, id), { entity, id, row: null });
  }

  /** Writes the buffered changes, shadowing first touches; returns the touched `entity:id` keys. */
  async flush(): Promise<string[]> {
    for (const { entity, id, row } of this.pending.values()) {
      const table = this.db.entityTable(entity);
      if ((await this.db.shadows.get([entity, id])) === undefined) {
        const before = await table.get(id);
        await this.db.shadows.put({ entity, id, row: before ?? null });
      }
      if (row === null) await table.delete(id);
      else await table.put(row);
    }
    const touched = [...this.pending.keys()];
    this.pending.clear();
    return touched;
  }
}
