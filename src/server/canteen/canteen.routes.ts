import type { FastifyInstance } from 'fastify';
import { phoneTailQuerySchema, prepListQuerySchema, type PhoneTailReply } from '../../shared/canteen/counter-api';
import { actorOfRequest } from '../auth/auth.plugin';
import { validate } from '../http/validate';
import type { RouteDeps } from '../service';
import { loadPrepList, lookUpPhoneTail } from './prep-list.service';

/**
 * GET /api/canteen/prep-list?slotId= (400 INVALID, 403 FORBIDDEN, 404 NOT_FOUND) and
 * GET /api/canteen/phone-tail?tail=1234 (400 INVALID, 403 FORBIDDEN): the canteen staff's reads
 * that are not synced rows.
 */
export function canteenRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  app.get('/api/canteen/prep-list', async (request) => {
    const { slotId } = validate(prepListQuerySchema, request.query, 'query');
    return loadPrepList(db, actorOfRequest(request), slotId);
  });

  app.get('/api/canteen/phone-tail', async (request): Promise<PhoneTailReply> => {
    const { tail } = validate(phoneTailQuerySchema, request.query, 'query');
    return { memberIds: await lookUpPhoneTail(db, actorOfRequest(request), tail) };
  });
}
