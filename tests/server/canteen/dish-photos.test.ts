import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dishPhotoPath, MAX_PHOTO_BYTES } from '../../../src/shared/canteen/dish';
import { DIALECTS, useTestApp, type TestApp } from '../test-database';
import { buildCommunity, loginAs } from '../fixtures';

/** A JPEG-looking body (SOI, APP0 marker) of some size, and its id. */
function photo(size = 2_000): { bytes: Buffer; id: string } {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
  return { bytes, id: createHash('sha256').update(bytes).digest('hex') };
}

function upload(t: TestApp, token: string, id: string, bytes: Buffer, type = 'image/jpeg') {
  return t.app.inject({
    method: 'PUT', url: `/api/canteen/dish-photos/${id}`, payload: bytes,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
  });
}

describe.each(DIALECTS)('dish photos on %s', (kind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linlitong-photos-'));
  const t = useTestApp(kind, { dataDir });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores a staff upload under DATA_DIR by its SHA-256, once, and serves it with a year-long cache header', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    const { bytes, id } = photo();
    const first = await upload(t, staff, id, bytes);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ photoId: id, stored: true });
    expect(existsSync(join(dataDir, 'dish-photos', `${id}.jpg`))).toBe(true);
    // a second phone sending the same photo changes nothing
    expect((await upload(t, staff, id, bytes)).json()).toEqual({ photoId: id, stored: false });
    const served = await t.app.inject({ method: 'GET', url: dishPhotoPath(id) });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses residents, a body that is not its id, a non-JPEG and a photo over the limit, each plainly', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const [staff, resident] = [await loginAs(t, fx.staff), await loginAs(t, fx.elder)];
    const { bytes, id } = photo();
    const byResident = await upload(t, resident, id, bytes);
    expect(byResident.statusCode).toBe(403);
    expect(byResident.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const other = photo();
    const mismatch = await upload(t, staff, other.id, bytes);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ error: { code: 'INVALID', fields: [{ field: 'photoId' }] } });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const notJpeg = await upload(t, staff, createHash('sha256').update(png).digest('hex'), png);
    expect(notJpeg.json()).toMatchObject({ error: { code: 'INVALID', fields: [{ field: 'body' }] } });
    const wrongType = await upload(t, staff, id, bytes, 'image/png');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the photo as image/jpeg' } });
    const big = photo(MAX_PHOTO_BYTES + 1);
    const tooBig = await upload(t, staff, big.id, big.bytes);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const badId = await upload(t, staff, 'not-a-hash', bytes);
    expect(badId.json()).toMatchObject({ error: { code: 'INVALID', fields: [{ field: 'photoId' }] } });
    expect(existsSync(join(dataDir, 'dish-photos', `${id}.jpg`))).toBe(false);
  });

  it('answers 404 for a photo not uploaded yet and for a name that is not a photo id', async () => {
    for (const url of [dishPhotoPath(photo().id), '/media/dish-photos/..%2Fsecret.jpg', '/media/dish-photos/abc.jpg']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });
});
