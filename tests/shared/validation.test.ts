import { describe, expect, it } from 'vitest';
import { multiLineTextSchema, parseWith, textSchema } from '../../src/shared/validation';
import { mutationArgsSchemas, isMutationName } from '../../src/shared/sync/mutations';
import { pushRequestSchema } from '../../src/shared/sync/protocol';
import { requestCodeSchema } from '../../src/shared/auth';

describe('shared validation', () => {
  it('names the field and the rule that failed', () => {
    const parsed = parseWith(mutationArgsSchemas.bookMeal, { bookingId: 'not-a-uuid', slotId: 7, dinerId: 'd', mode: 'boat' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = parsed.problems.map((p) => p.field).sort();
    expect(fields).toEqual(['bookingId', 'mode', 'slotId']);
    expect(parsed.problems.find((p) => p.field === 'slotId')?.rule).toContain('string');
  });

  it('accepts a well-formed booking', () => {
    const parsed = parseWith(mutationArgsSchemas.bookMeal, {
      bookingId: '6f1c1f5e-2f4e-4c1e-9a55-0d6a3c1b2a10', slotId: 's', dinerId: 'd', mode: 'pickup',
    });
    expect(parsed.ok).toBe(true);
  });

  it('knows its mutation names and nothing from the prototype', () => {
    expect(isMutationName('bookMeal')).toBe(true);
    expect(isMutationName('toString')).toBe(false);
    expect(isMutationName('dropTables')).toBe(false);
  });

  it('caps a push batch and checks each envelope', () => {
    const mutation = { id: '6f1c1f5e-2f4e-4c1e-9a55-0d6a3c1b2a10', name: 'bookMeal', args: {}, createdAt: '2026-11-23T01:00:00.000Z' };
    expect(parseWith(pushRequestSchema, { clientId: 'c', mutations: [mutation] }).ok).toBe(true);
    const tooMany = parseWith(pushRequestSchema, { clientId: 'c', mutations: Array(101).fill(mutation) });
    expect(tooMany.ok).toBe(false);
    const noId = parseWith(pushRequestSchema, { clientId: 'c', mutations: [{ ...mutation, id: 'x' }] });
    expect(noId.ok ? [] : noId.problems.map((p) => p.field)).toEqual(['mutations.0.id']);
  });

  it('checks mainland phone numbers', () => {
    expect(parseWith(requestCodeSchema, { phone: '13800000001' }).ok).toBe(true);
    expect(parseWith(requestCodeSchema, { phone: '1380000000' }).ok).toBe(false);
    expect(parseWith(requestCodeSchema, { phone: '23800000001' }).ok).toBe(false);
  });

  it('takes any text a person types on one line, and refuses control characters and broken UTF-16', () => {
    for (const ok of ['王秀英', '3栋 2单元', '👨‍👩‍👧 亲子', 'Café', '']) expect(parseWith(textSchema, ok).ok, ok).toBe(true);
    for (const bad of ['a\u0000b', 'a\tb', 'a\nb', 'a\rb', '\u001b[31m', '\u007f', '\u0085', 'a\ud800b', '\udc00']) {
      const parsed = parseWith(textSchema, bad);
      expect(parsed.ok, JSON.stringify(bad)).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]?.message).toContain('control characters');
    }
  });

  it('keeps line feeds in multi-line text, normalising \r\n, and refuses every other control character', () => {
    expect(parseWith(multiLineTextSchema, '第一行\r\n第二行\r第三行\n')).toEqual({ ok: true, value: '第一行\n第二行\n第三行\n' });
    for (const bad of ['a\u0000b', 'a\tb', 'a\u000bb', '\ud800']) expect(parseWith(multiLineTextSchema, bad).ok, JSON.stringify(bad)).toBe(false);
  });
});
