import { createReadStream, existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { MAX_PHOTO_BYTES, photoIdSchema } from '../../shared/canteen/dish';
import { isStaffRole } from '../../shared/role';
import { actorOfRequest } from '../auth/auth.plugin';
import { ApiError } from '../http/api-error';
import { validate } from '../http/validate';
import { looksLikeJpeg, photoFile, sha256Hex, storePhoto } from './dish-photo.store';

/** A photo's content never changes under its id (it is its hash): phones and the service worker keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const uploadParams = v.object({ photoId: photoIdSchema });
const fileParams = v.object({ file: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}\.jpg$/)) });

/**
 * PUT /api/canteen/dish-photos/:photoId (canteen staff; body image/jpeg of at most MAX_PHOTO_BYTES,
 * whose SHA-256 is the id: 400 INVALID otherwise, 413 when larger, 415 UNSUPPORTED_MEDIA_TYPE for another type; idempotent) and
 * GET /media/dish-photos/:photoId.jpg (anyone; cached for a year; 404 NOT_FOUND if not uploaded yet).
 */
export function dishPhotoRoutes(app: FastifyInstance, deps: { dataDir: string }): void {
  // a scope of its own, so only this route reads raw JPEG bodies, with its own size limit
  void app.register(async (scope) => {
    scope.addContentTypeParser('image/jpeg', { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) => done(null, body));
    // any other type is refused here, in this route's own words (the app-wide 415 asks for JSON)
    scope.addContentTypeParser('*', (_request, _payload, done) => done(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the photo as image/jpeg'), undefined));
    scope.put('/api/canteen/dish-photos/:photoId', { bodyLimit: MAX_PHOTO_BYTES }, async (request) => {
      const { photoId } = validate(uploadParams, request.params, 'photo id');
      if (!isStaffRole(actorOfRequest(request).role)) throw new ApiError(403, 'FORBIDDEN', 'only canteen staff upload dish photos');
      const body = request.body;
      if (!(body instanceof Buffer) || !looksLikeJpeg(body)) {
        throw new ApiError(400, 'INVALID', 'the body must be a JPEG image', [{ field: 'body', rule: 'jpeg', message: 'not a JPEG image' }]);
      }
      if (sha256Hex(body) !== photoId) {
        throw new ApiError(400, 'INVALID', 'the photo id is not the SHA-256 of the body', [{ field: 'photoId', rule: 'sha256', message: 'does not match the body' }]);
      }
      return { photoId, stored: storePhoto(deps.dataDir, photoId, body) === 'stored' };
    });
  });

  app.get('/media/dish-photos/:file', async (request, reply) => {
    const parsed = v.safeParse(fileParams, request.params);
    const file = parsed.success ? photoFile(deps.dataDir, parsed.output.file.slice(0, -'.jpg'.length)) : null;
    if (file === null || !existsSync(file)) throw new ApiError(404, 'NOT_FOUND', 'no such photo');
    return reply.header('Cache-Control', IMMUTABLE).type('image/jpeg').send(createReadStream(file));
  });
}
