import { describe, expect, it } from 'vitest';
import { canteenModule as sharedCanteen } from '../../src/shared/canteen/canteen-module';
import { defineClientService } from '../../src/client/service';
import { canteenModule } from '../../src/client/features/canteen/canteen-module';
import { bookMeal, cancelBooking } from '../../src/client/features/canteen/canteen-mutators';

// Compile-time checks, kept honest by `tsc -p tests` in npm test: each @ts-expect-error must meet an error.
describe('a client module', () => {
  it('must have a client mutator and words for every mutation its shared half declares', () => {
    // @ts-expect-error a mutation without a client mutator fails to compile
    const missingMutator = defineClientService(sharedCanteen, { ...canteenModule, mutators: { bookMeal, cancelBooking } });
    const { 'mutation.setSlotSeats': _dropped, ...words } = canteenModule.messages['zh-CN'];
    const messages = { ...canteenModule.messages, 'zh-CN': words };
    // @ts-expect-error a mutation without its name in the shell's words fails to compile
    const missingWords = defineClientService(sharedCanteen, { ...canteenModule, messages });
    expect([missingMutator, missingWords]).toHaveLength(2);
  });
});
