/**
 * Runs client mutators by name. Each service's mutators are installed at start-up (see
 * ../services.ts); a service may keep them out of the first screen's code, and they (and the
 * shared rules they run) then load on first use. mutate and every sync cycle await
 * loadLazyMutators before opening their transaction, since a dynamic import inside an IndexedDB
 * transaction would end it.
 */
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { ClientMutator, MutatorContext } from './client-mutator';
import type { RecordingStore } from './recording-store';

/** Some mutators by name, as one service provides them. */
export type MutatorTable = { readonly [N in MutationName]?: ClientMutator<N> };

/** A service's mutators: at hand, or a loader for code kept out of the first screen. */
export type MutatorSource = MutatorTable | (() => Promise<MutatorTable>);

const loaded: MutatorTable[] = [];
const pending = new Set<() => Promise<MutatorTable>>();

/** Makes a service's mutators runnable; the registry calls it once per service at start-up. */
export function installMutators(source: MutatorSource): void {
  if (typeof source === 'function') pending.add(source);
  else loaded.push(source);
}

/** Loads every lazily kept mutator module; cheap once loaded. */
export async function loadLazyMutators(): Promise<void> {
  await Promise.all(
    [...pending].map(async (load) => {
      const table = await load();
      if (pending.delete(load)) loaded.push(table);
    }),
  );
}

/** Runs a mutator by name; args must already have passed the shared schema. */
export function runMutator<N extends MutationName>(
  store: RecordingStore,
  name: N,
  args: MutationArgs<N>,
  ctx: MutatorContext,
): Promise<void> {
  const mutator = loaded.find((table) => table[name] !== undefined)?.[name] as ClientMutator<N> | undefined;
  if (!mutator) throw new Error(`${name}: no mutator installed (install the services and await loadLazyMutators first)`);
  return mutator(store, args, ctx);
}
