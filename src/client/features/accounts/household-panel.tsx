import './accounts-messages';
import { useState } from 'preact/hooks';
import type { HouseholdLink } from '../../../shared/accounts/household-link';
import { phoneSchema } from '../../../shared/auth';
import type { Member } from '../../../shared/member';
import { parseWith } from '../../../shared/validation';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/** What the household panel shows: the household, the requests this person made and those made to them. */
export interface HouseholdPanelProps {
  meId: string;
  /** Everyone else in the person's household. */
  family: Member[];
  /** Links this person asked for, or that ask this person. */
  links: HouseholdLink[];
  /** Links still on this phone only (not yet sent). */
  unsent: ReadonlySet<string>;
  /** Asks to link a parent; resolves to a problem in words, or null. */
  onRequest: (phone: string) => Promise<string | null>;
  onAnswer: (linkId: string, accept: boolean) => void;
}

/** Where a link stands, in words that say whether the community has it yet. */
function linkState(link: HouseholdLink, unsent: ReadonlySet<string>): string {
  if (unsent.has(link.id)) return t('household.unsent');
  return t(`household.status.${link.status}`);
}

/**
 * 我的家人: who is in the household (they book, sign up and ask for help for each other), an adult
 * child's form to add a parent by phone number, and a parent's yes or no to such a request.
 */
export function HouseholdPanel({ meId, family, links, unsent, onRequest, onAnswer }: HouseholdPanelProps) {
  const [phone, setPhone] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const toMe = links.filter((l) => l.parentId === meId && l.status === 'pending');
  const mine = links.filter((l) => l.requesterId === meId);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!parseWith(phoneSchema, phone.trim()).ok) return setProblem(t('household.phoneInvalid'));
    const refused = await onRequest(phone.trim());
    setProblem(refused);
    if (!refused) setPhone('');
  };
  return (
    <section class="account-section" aria-labelledby="household-title">
      <h2 id="household-title">{t('household.title')}</h2>
      {family.length === 0 ? <p>{t('household.alone')}</p> : (
        <ul class="family-list">
          {family.map((m) => <li key={m.id}>{m.hasLogin ? m.name : t('household.noPhone', { name: m.name })}</li>)}
        </ul>
      )}
      {toMe.map((link) => (
        <div key={link.id} class="link-request" role="group" aria-label={t('household.askedBy', { name: link.requesterName })}>
          <p>{t('household.askedBy', { name: link.requesterName })}</p>
          <p class="hint">{t('household.askedExplain')}</p>
          <Button onClick={() => onAnswer(link.id, true)}>{t('household.accept')}</Button>
          <Button kind="secondary" onClick={() => onAnswer(link.id, false)}>{t('household.decline')}</Button>
        </div>
      ))}
      <form class="household-form" noValidate onSubmit={(e) => void submit(e)}>
        <h3>{t('household.addTitle')}</h3>
        <p class="hint">{t('household.addExplain')}</p>
        <div class="field">
          <label for="household-phone">{t('household.parentPhone')}</label>
          <input id="household-phone" type="tel" inputMode="numeric" maxLength={11} value={phone}
            aria-invalid={problem !== null} onInput={(e) => setPhone(e.currentTarget.value)} />
        </div>
        {problem && <p role="alert" class="form-error">{problem}</p>}
        <Button type="submit">{t('household.send')}</Button>
      </form>
      {mine.length > 0 && (
        <ul class="link-list" aria-label={t('household.sent')}>
          {mine.map((link) => (
            <li key={link.id}>
              {link.parentName ?? link.phoneHint} · {linkState(link, unsent)}
              {link.status === 'pending' && !unsent.has(link.id) && <p class="hint">{t('household.waitingHint')}</p>}
              {link.status === 'pending' && (
                <Button kind="secondary" onClick={() => onAnswer(link.id, false)}>{t('household.withdraw')}</Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
