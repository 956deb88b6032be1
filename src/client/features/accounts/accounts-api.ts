/** The accounts calls that need the network: a person's sessions, and logging in with a card. */
import type { LoginResponse, SessionInfo, SessionSummary } from '../../../shared/auth';
import type { AppDb } from '../../data/db';
import { adoptSession, forgetSession } from '../../session/session';
import type { MyData } from '../../../shared/accounts/personal-data';
import type { AuditPage } from '../../../shared/accounts/audit';
import { createApiClient, type ApiClient } from '../../sync/api-client';

const defaultApi = createApiClient();

/** The person's live sessions, this one marked current. Needs the network. */
export async function listSessions(api: ApiClient = defaultApi): Promise<SessionSummary[]> {
  return (await api.get<{ sessions: SessionSummary[] }>('/api/sessions')).sessions;
}

/** Ends one of the person's other sessions. */
export async function endSession(sessionId: string, api: ApiClient = defaultApi): Promise<number> {
  return (await api.post<{ ended: number }>('/api/sessions/end', { sessionId })).ended;
}

/** Ends every session of the person but this one. */
export async function endOtherSessions(userId: string, api: ApiClient = defaultApi): Promise<number> {
  return (await api.post<{ ended: number }>('/api/sessions/end', { userId })).ended;
}

/**
 * Logs this phone in with a scanned card's token and remembers the session; another person's rows
 * and queue are cleared first, the same person's kept. Throws ApiError (CARD_INVALID with reason).
 */
export async function logInWithCard(db: AppDb, token: string, api: ApiClient = defaultApi): Promise<SessionInfo> {
  return adoptSession(db, await api.post<LoginResponse>('/api/auth/card', { token }));
}

/** One page of a community's audit log, newest first (administrators only). Needs the network. */
export async function fetchAudit(communityId: string, before: string | null, api: ApiClient = defaultApi): Promise<AuditPage> {
  const query = `communityId=${encodeURIComponent(communityId)}${before === null ? '' : `&before=${encodeURIComponent(before)}`}`;
  return api.get<AuditPage>(`/api/accounts/audit?${query}`);
}

/** Everything the server holds about the person, for them to see and keep. Needs the network. */
export async function fetchMyData(api: ApiClient = defaultApi): Promise<MyData> {
  return api.get<MyData>('/api/accounts/my-data');
}

/**
 * Deletes what identifies the person on the server, then everything on this phone, keeping only
 * why (the login screen says it). Needs the network; on failure nothing is deleted here.
 */
export async function deleteMyData(db: AppDb, api: ApiClient = defaultApi): Promise<void> {
  await api.post('/api/accounts/my-data/delete', { confirm: true });
  await forgetSession(db, 'dataDeleted');
}
