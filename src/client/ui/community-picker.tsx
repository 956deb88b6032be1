import { t } from '../i18n/t';

/**
 * Lets an administrator of a street office pick the community a screen works on; shows nothing
 * for someone who serves only one.
 */
export function CommunityPicker({ communities, value, onChange }: {
  communities: readonly { id: string; name: string }[];
  value: string;
  onChange: (communityId: string) => void;
}) {
  if (communities.length < 2) return null;
  return (
    <div class="field community-picker">
      <label for="community-picker">{t('community.pick')}</label>
      <select id="community-picker" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {communities.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
    </div>
  );
}
