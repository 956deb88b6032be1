import './accounts-messages';
import { useState } from 'preact/hooks';
import type { MyData } from '../../../shared/accounts/personal-data';
import { errorMessage } from '../../i18n/error-message';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';
import { useConfirm } from '../../ui/confirm-dialog';

/** How the panel reaches the server; the screen passes the real calls, tests fakes. */
export interface MyDataApi {
  fetch: () => Promise<MyData>;
  /** Deletes on the server and clears this phone; the screen then goes to the login page. */
  delete: () => Promise<void>;
}

/** A kind of row in the person's words ("订餐"), or its own name for a kind without words yet. */
function kindWords(entity: string): string {
  const key = `myData.kind.${entity}` as MessageKey;
  const words = t(key);
  return words === key ? entity : words;
}

/** The download's file name, dated. */
function fileName(data: MyData): string {
  return `linlitong-my-data-${data.exportedAt.slice(0, 10)}.json`;
}

/**
 * 我的个人信息: see what the community's server holds about oneself, keep a copy (JSON), or have
 * it deleted. Deleting keeps what the community counts (meals, sign-ups, requests) without a name
 * on it; it is asked about first, and staff accounts are closed by an administrator instead.
 */
export function MyDataPanel({ api, canDelete }: { api: MyDataApi; canDelete: boolean }) {
  const [data, setData] = useState<MyData | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();

  const show = async () => {
    setBusy(true);
    try {
      const fetched = await api.fetch();
      setData(fetched);
      if (link) URL.revokeObjectURL(link);
      setLink(URL.createObjectURL(new Blob([JSON.stringify(fetched, null, 2)], { type: 'application/json' })));
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    const asked = await confirm.ask({
      title: t('myData.deleteTitle'), message: t('myData.deleteMessage'), confirmLabel: t('myData.deleteConfirm'), keepLabel: t('myData.deleteKeep'),
    });
    if (!asked) return;
    try {
      await api.delete();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <section class="account-section" aria-labelledby="mydata-title">
      <h2 id="mydata-title">{t('myData.title')}</h2>
      <p class="hint">{t('myData.explain')}</p>
      <Button kind="secondary" onClick={() => void show()} disabled={busy}>{t(data ? 'myData.refresh' : 'myData.show')}</Button>
      {problem && <p role="alert" class="form-error">{problem}</p>}
      {data && (
        <dl class="my-data" aria-label={t('myData.summary')}>
          <dt>{t('myData.name')}</dt><dd>{data.person.name}</dd>
          <dt>{t('myData.phone')}</dt><dd>{data.person.phone ?? t('myData.none')}</dd>
          <dt>{t('myData.birthDate')}</dt><dd>{data.person.birthDate ?? t('myData.none')}</dd>
          <dt>{t('myData.devices')}</dt><dd>{data.sessions.length}</dd>
          {Object.entries(data.rows).map(([entity, rows]) => [
            <dt key={`${entity}-k`}>{kindWords(entity)}</dt>, <dd key={`${entity}-v`}>{rows.length}</dd>,
          ])}
        </dl>
      )}
      {data && link && <p><a class="btn btn-secondary" href={link} download={fileName(data)}>{t('myData.download')}</a></p>}
      {canDelete ? <Button kind="danger" onClick={() => void remove()}>{t('myData.delete')}</Button> : <p class="hint">{t('myData.staffNoDelete')}</p>}
      {confirm.dialog}
    </section>
  );
}
