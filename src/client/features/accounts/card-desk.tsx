import './accounts-messages';
import { useState } from 'preact/hooks';
import { cardStatus, type ServiceCard } from '../../../shared/accounts/service-card';
import { phoneSchema } from '../../../shared/auth';
import type { Member } from '../../../shared/member';
import { parseWith } from '../../../shared/validation';
import { isStaffRole } from '../../../shared/role';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { cardPrintPath } from './accounts-paths';

/** Most people listed at once: a community has thousands, staff type a name to find one. */
const MAX_LISTED = 20;

/** What the card desk shows and does. */
export interface CardDeskProps {
  people: Member[];
  cards: ServiceCard[];
  /** Cards whose issue or revocation is still on this phone only. */
  unsent: ReadonlySet<string>;
  now: Date;
  onIssue: (memberId: string) => void;
  onRevoke: (card: ServiceCard) => void;
  onAttachPhone: (memberId: string, phone: string) => Promise<string | null>;
}

/** A card's state in words, saying when it is not yet with the community. */
export function cardStateWords(card: ServiceCard, unsent: ReadonlySet<string>, now: Date): string {
  if (unsent.has(card.id)) return t(card.revokedAt === null ? 'cards.unsentIssue' : 'cards.unsentRevoke');
  return t(`cards.status.${cardStatus(card, now)}`);
}

/** One person's row: their cards, a new card, and (without a phone) a number to register. */
function PersonRow({ person, cards, unsent, now, onIssue, onRevoke, onAttachPhone }: Omit<CardDeskProps, 'people' | 'cards'> & {
  person: Member;
  cards: ServiceCard[];
}) {
  const [phone, setPhone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const attach = async (e: Event) => {
    e.preventDefault();
    const typed = (phone ?? '').trim();
    if (!parseWith(phoneSchema, typed).ok) return setProblem(t('household.phoneInvalid'));
    const refused = await onAttachPhone(person.id, typed);
    setProblem(refused);
    if (!refused) setPhone(null);
  };
  const live = cards.filter((c) => c.revokedAt === null && cardStatus(c, now) !== 'expired');
  return (
    <li class="person-row" aria-label={person.name}>
      <strong>{person.name}</strong>
      {!person.hasLogin && <span class="tag">{t('cards.noPhone')}</span>}
      {live.map((card) => (
        <p key={card.id} class="card-line">
          <a class="nav-link" href={cardPrintPath(card.id)}>{t('cards.cardOf', { date: card.issuedAt.slice(0, 10) })}</a> · {cardStateWords(card, unsent, now)}
          <Button kind="danger" onClick={() => onRevoke(card)}>{t('cards.revoke')}</Button>
        </p>
      ))}
      {!isStaffRole(person.role) && <Button onClick={() => onIssue(person.id)}>{t('cards.issue')}</Button>}
      {!person.hasLogin && phone === null && <Button kind="secondary" onClick={() => setPhone('')}>{t('cards.attachPhone')}</Button>}
      {phone !== null && (
        <form class="inline-form" noValidate onSubmit={(e) => void attach(e)}>
          <div class="field">
            <label for={`phone-${person.id}`}>{t('cards.phoneOf', { name: person.name })}</label>
            <input id={`phone-${person.id}`} type="tel" inputMode="numeric" maxLength={11} value={phone}
              onInput={(e) => setPhone(e.currentTarget.value)} />
          </div>
          {problem && <p role="alert" class="form-error">{problem}</p>}
          <Button type="submit">{t('cards.savePhone')}</Button>
        </form>
      )}
    </li>
  );
}

/**
 * 服务卡: find a resident by name, print them a card (党群爱心联系服务卡), see whether their cards
 * are ready, used or revoked, and revoke one (it logs that phone out at its next sync).
 */
export function CardDesk(props: CardDeskProps) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const found = props.people.filter((p) => q === '' ? props.cards.some((c) => c.memberId === p.id) || !p.hasLogin : p.name.includes(q));
  return (
    <section class="account-section" aria-labelledby="cards-title">
      <h2 id="cards-title">{t('cards.title')}</h2>
      <p class="hint">{t('cards.explain')}</p>
      <div class="field">
        <label for="card-search">{t('cards.search')}</label>
        <input id="card-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      {found.length === 0 ? <p>{t('cards.none')}</p> : (
        <ul class="person-list">
          {found.slice(0, MAX_LISTED).map((person) => (
            <PersonRow key={person.id} person={person} cards={props.cards.filter((c) => c.memberId === person.id)} unsent={props.unsent}
              now={props.now} onIssue={props.onIssue} onRevoke={props.onRevoke} onAttachPhone={props.onAttachPhone} />
          ))}
        </ul>
      )}
      {found.length > MAX_LISTED && <p class="hint">{t('cards.more', { count: found.length - MAX_LISTED })}</p>}
    </section>
  );
}
