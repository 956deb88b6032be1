import type { MutationName } from '../../shared/sync/mutations';
import { SERVICES } from '../services';
import type { MutationHandler, MutationObserver } from './mutation-context';

/**
 * The authoritative handler of every shared mutation, gathered from the registered services.
 * Each service's handlers are checked against its own mutations, and the registry against the
 * shared one, so a mutation without a handler fails to compile.
 */
export const mutationHandlers = Object.assign(
  {},
  ...Object.values(SERVICES).map((service) => service.handlers),
) as { [N in MutationName]: MutationHandler<N> };

/** Every service's observer of applied mutations (an audit log), in registry order. */
export const mutationObservers: readonly MutationObserver[] = Object.values(SERVICES).flatMap((service) => service.onMutationApplied ?? []);
