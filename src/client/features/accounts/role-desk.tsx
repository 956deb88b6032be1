import './accounts-messages';
import { useState } from 'preact/hooks';
import type { Member } from '../../../shared/member';
import { ROLES, type Role } from '../../../shared/role';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';

/** What the role desk shows and does. */
export interface RoleDeskProps {
  people: Member[];
  /** Administrators give any role; community staff only resident or volunteer. */
  canGiveStaffRoles: boolean;
  /** The services a staff member may be limited to. */
  services: readonly string[];
  onSave: (memberId: string, role: Role, staffOf: string | null) => Promise<string | null>;
}

/** A service's name as staff read it ("食堂"), or its own name for one without words yet. */
function serviceWords(service: string): string {
  const key = `roles.scope.${service}` as MessageKey;
  const words = t(key);
  return words === key ? service : words;
}

/** A person's role in words, with the service a staff member is limited to. */
export function roleWords(member: Pick<Member, 'role' | 'staffOf'>): string {
  const role = t(`roles.role.${member.role}`);
  return member.staffOf ? t('roles.limited', { role, service: serviceWords(member.staffOf) }) : role;
}

/** The form under one person: a role, and for staff the one service they are limited to, if any. */
function RoleForm({ person, canGiveStaffRoles, services, onSave, onDone }: Omit<RoleDeskProps, 'people'> & { person: Member; onDone: () => void }) {
  const [role, setRole] = useState<Role>(person.role);
  const [staffOf, setStaffOf] = useState(person.staffOf ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const roles = canGiveStaffRoles ? ROLES : ROLES.filter((r) => r === 'resident' || r === 'volunteer');
  const save = async (e: Event) => {
    e.preventDefault();
    const refused = await onSave(person.id, role, role === 'staff' && staffOf !== '' ? staffOf : null);
    setProblem(refused);
    if (!refused) onDone();
  };
  return (
    <form class="inline-form" noValidate onSubmit={(e) => void save(e)}>
      <div class="field">
        <label for={`role-${person.id}`}>{t('roles.roleOf', { name: person.name })}</label>
        <select id={`role-${person.id}`} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {roles.map((r) => <option key={r} value={r}>{t(`roles.role.${r}`)}</option>)}
        </select>
      </div>
      {role === 'staff' && (
        <div class="field">
          <label for={`scope-${person.id}`}>{t('roles.scope')}</label>
          <select id={`scope-${person.id}`} value={staffOf} onChange={(e) => setStaffOf(e.currentTarget.value)}>
            <option value="">{t('roles.scopeAll')}</option>
            {services.map((s) => <option key={s} value={s}>{serviceWords(s)}</option>)}
          </select>
        </div>
      )}
      {problem && <p role="alert" class="form-error">{problem}</p>}
      <Button type="submit">{t('roles.save')}</Button>
      <Button kind="secondary" onClick={onDone}>{t('roles.cancel')}</Button>
    </form>
  );
}

/**
 * 身份与权限: find a person by name and make them a volunteer or a resident again; an administrator
 * also makes staff (of all the community's services, or one) and administrators.
 */
export function RoleDesk(props: RoleDeskProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const q = query.trim();
  const found = q === '' ? [] : props.people.filter((p) => p.name.includes(q)).slice(0, 20);
  return (
    <section class="account-section" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('roles.title')}</h2>
      <div class="field">
        <label for="role-search">{t('roles.search')}</label>
        <input id="role-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <ul class="person-list">
        {found.map((person) => (
          <li key={person.id} class="person-row" aria-label={t('roles.personLabel', { name: person.name })}>
            <strong>{person.name}</strong> <span class="tag">{roleWords(person)}</span>
            {editing === person.id
              ? <RoleForm {...props} person={person} onDone={() => setEditing(null)} />
              : <Button kind="secondary" onClick={() => setEditing(person.id)}>{t('roles.change')}</Button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
