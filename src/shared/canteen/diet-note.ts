import * as v from 'valibot';
import { idSchema, instantSchema } from '../validation';
import { canActFor, type Actor, type Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { DIET_CONDITIONS, dietNoteFields } from './counter-fields';

export { DIET_CONDITIONS, type DietCondition } from './counter-fields';

/**
 * What the kitchen must know about one resident's meals. Private: the resident, their household
 * and the canteen's staff see it; other residents and volunteers never do (it is health data).
 */
export const dietNoteSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  ...dietNoteFields,
  updatedAt: instantSchema,
  updatedByName: v.string(),
});
export type DietNote = v.InferOutput<typeof dietNoteSchema>;

/** Whether a note says nothing (then the prep list and the counter leave it out). */
export function isEmptyDietNote(note: Pick<DietNote, 'conditions' | 'allergies' | 'note'>): boolean {
  return note.conditions.length === 0 && note.allergies === '' && note.note === '';
}

/** The resident, their household, or staff of their community keep the note. */
export function checkSaveDietNote(actor: Actor, resident: Pick<Member, 'id' | 'householdId' | 'communityId'>): Rejection | null {
  return canActFor(actor, resident) ? null : reject('FORBIDDEN', ['residentId'], 'only the household or the canteen staff keep this note');
}

/** The note a save produces, the same on the phone and on the server (id = the resident's). */
export function makeDietNote(
  resident: Pick<Member, 'id' | 'householdId' | 'communityId'>,
  fields: Pick<DietNote, 'conditions' | 'allergies' | 'note'>,
  by: { name: string; at: string },
): DietNote {
  return {
    id: resident.id, residentId: resident.id, communityId: resident.communityId, householdId: resident.householdId,
    conditions: DIET_CONDITIONS.filter((c) => fields.conditions.includes(c)), allergies: fields.allergies, note: fields.note,
    updatedAt: by.at, updatedByName: by.name,
  };
}
