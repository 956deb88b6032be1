import './help-messages';
import { actorOf } from '../../session/actor';
import { useLiveQuery } from '../../data/use-live-query';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { Page } from '../../ui/page';
import { ReadAloudButton } from '../../ui/read-aloud-button';
import { useNow } from '../../ui/use-now';
import { loadHelpData, type HelpData } from './help-queries';
import { RequestCard } from './request-card';
import { useConfirm } from '../../ui/confirm-dialog';
import { cancelHelpQuestion, requestCardView, runHelpAction } from './request-card-view';
import { requestSpeech } from './request-speech';

/** One request on its own page (/help/:id): its timeline, contact when visible, and the steps this viewer may take. */
export function HelpRequestScreen({ db, session, params }: ScreenProps) {
  const now = useNow();
  // null until this phone's copy has been read, so a request is never called missing while loading
  const data = useLiveQuery<HelpData | null>(() => loadHelpData(db, session), [db, session], null);
  const item = data?.items.find((i) => i.id === params?.id);
  const view = item && requestCardView(item, actorOf(session), now);
  const confirm = useConfirm();
  return (
    <Page title={t('help.title')}>
      <p><a href="/help">{t('help.back')}</a></p>
      {view && <ReadAloudButton text={requestSpeech(view)} />}
      {item && view && (
        <ul class="help-list">
          <RequestCard view={view} volunteers={data?.volunteers ?? []}
            onAction={async (id, action, value) => {
              if (action === 'cancel' && !(await confirm.ask(cancelHelpQuestion(item)))) return;
              await runHelpAction(db, session, id, action, value);
            }} />
        </ul>
      )}
      {data && !item && <p class="empty">{t('help.notFound')}</p>}
      {confirm.dialog}
    </Page>
  );
}
