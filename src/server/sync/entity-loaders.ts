import type { EntityName } from '../../shared/sync/entities';
import { findCommunities } from '../community/community.repository';
import { findMembers } from '../member/member.repository';
import type { Loader } from '../service';
import { SERVICES } from '../services';

/** How pull loads each synced entity: the core's and every registered service's. */
export const entityLoaders = Object.assign(
  {
    community: findCommunities,
    // members never carry a phone number: toMember leaves it out
    member: findMembers,
  },
  ...Object.values(SERVICES).map((service) => service.loaders),
) as { [E in EntityName]: Loader<E> };
