import './accounts-messages';
import type { HouseholdLink } from '../../../shared/accounts/household-link';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/**
 * 家人申请: requests to link a parent into a child's household, waiting for an answer. Staff
 * confirm at the office once they have seen both (the parent's ID card, the child's word).
 */
export function LinkDesk({ links, onAnswer }: { links: HouseholdLink[]; onAnswer: (linkId: string, accept: boolean) => void }) {
  const waiting = links.filter((l) => l.status === 'pending' && l.parentId !== null);
  return (
    <section class="account-section" aria-labelledby="links-title">
      <h2 id="links-title">{t('links.title')}</h2>
      {waiting.length === 0 ? <p>{t('links.none')}</p> : (
        <ul class="link-list">
          {waiting.map((link) => (
            <li key={link.id} aria-label={t('links.item', { child: link.requesterName, parent: link.parentName ?? link.phoneHint })}>
              <p>{t('links.item', { child: link.requesterName, parent: link.parentName ?? link.phoneHint })}</p>
              <Button onClick={() => onAnswer(link.id, true)}>{t('links.accept')}</Button>
              <Button kind="secondary" onClick={() => onAnswer(link.id, false)}>{t('links.decline')}</Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
