import { describe, expect, it } from 'vitest';
import { eventIcs } from '../../../../src/client/features/events/event-ics';
import { event } from '../../../shared/events/event-fixtures';

describe('eventIcs', () => {
  it('writes no empty ORGANIZER line and names the organiser in the description', async () => {
    const text = await eventIcs(event({ organiserName: '何静' }));
    const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
    expect(lines.some((l) => l.startsWith('ORGANIZER'))).toBe(false);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('组织者：何静');
  });
});
