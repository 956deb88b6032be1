import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema';
import type { Mutation } from '../../src/shared/sync/protocol';

/** The help request a fileHelpRequest mutation creates. */
export function requestIdOf(m: Mutation): string {
  return (m.args as { requestId: string }).requestId;
}

/**
 * How often each id occurs in help_requests (the mutation's effect) and in the mutation journal,
 * read straight from the database the server wrote.
 */
export async function occurrences(db: Kysely<Database>, mutations: readonly Mutation[]): Promise<{ effects: number[]; journal: number[] }> {
  const effects = new Map<string, number>();
  const journal = new Map<string, number>();
  for (let i = 0; i < mutations.length; i += 500) {
    const chunk = mutations.slice(i, i + 500);
    for (const r of await db.selectFrom('help_requests').select('id').where('id', 'in', chunk.map(requestIdOf)).execute()) {
      effects.set(r.id, (effects.get(r.id) ?? 0) + 1);
    }
    for (const r of await db.selectFrom('mutations').select('id').where('id', 'in', chunk.map((m) => m.id)).execute()) {
      journal.set(r.id, (journal.get(r.id) ?? 0) + 1);
    }
  }
  return {
    effects: mutations.map((m) => effects.get(requestIdOf(m)) ?? 0),
    journal: mutations.map((m) => journal.get(m.id) ?? 0),
  };
}
