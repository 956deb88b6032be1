/**
 * Which community an administrator is working on in community-scoped screens (the office desk,
 * the help service list): one choice for every such screen, kept while the app is open. Staff of
 * one community have nothing to choose; their own is always the answer.
 */
import { createStore } from 'zustand/vanilla';
import type { SessionInfo } from '../../shared/auth';
import { useStore } from './use-store';

const choice = createStore<{ communityId: string | null }>()(() => ({ communityId: null }));

/** The community the screen works on (the chosen one if the session serves it, else the user's own) and how to choose another. */
export function useChosenCommunity(session: SessionInfo): [string, (communityId: string) => void] {
  const chosen = useStore(choice, (s) => s.communityId);
  const communityId = chosen !== null && session.communityIds.includes(chosen) ? chosen : session.user.communityId;
  return [communityId, (id) => choice.setState({ communityId: id })];
}
