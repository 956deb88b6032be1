import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES } from '../../src/shared/sync/mutations';
import { REJECTION_CODES } from '../../src/shared/sync/rejection-codes';
import { ENTITY_NAMES } from '../../src/shared/sync/entities';

// docs/API.md is meant to be enough to write another client: it must keep up with the protocol.
describe('docs/API.md', () => {
  const doc = readFileSync('docs/API.md', 'utf8');

  it.each(MUTATION_NAMES)('documents the mutation %s', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });

  it.each([...REJECTION_CODES])('documents the rejection code %s', (code) => {
    expect(doc).toContain(code);
  });

  it.each([...ENTITY_NAMES])('documents the synced row %s', (entity) => {
    expect(doc).toContain(`\`${entity}\``);
  });
});
