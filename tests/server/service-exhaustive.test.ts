import { describe, expect, it } from 'vitest';
import { eventsModule as sharedEvents } from '../../src/shared/events/events-module';
import { defineServerService } from '../../src/server/service';
import { eventsModule } from '../../src/server/events/events.module';

// Compile-time checks, kept honest by `tsc -p tests` in npm test: each @ts-expect-error must meet an error.
describe('a server module', () => {
  it('must handle, load and project everything its shared half declares', () => {
    const { voteEventWish: _dropped, ...handlers } = eventsModule.handlers;
    // @ts-expect-error a mutation without a handler fails to compile
    const missingHandler = defineServerService(sharedEvents, { ...eventsModule, handlers });
    const { eventWish: _gone, ...loaders } = eventsModule.loaders;
    // @ts-expect-error a synced row without a loader fails to compile
    const missingLoader = defineServerService(sharedEvents, { ...eventsModule, loaders });
    expect([missingHandler, missingLoader]).toHaveLength(2);
  });
});
