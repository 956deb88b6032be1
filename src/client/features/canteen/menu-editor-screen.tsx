import './editor-messages';
import './editor.css';
import { useEffect, useState } from 'preact/hooks';
import { MEALS } from '../../../shared/canteen/canteen';
import { RejectionError } from '../../../shared/rejection';
import { cutoffFor } from '../../../shared/canteen/meal-slot';
import { slotAt, type MealDraft } from '../../../shared/canteen/menu-week';
import { checkPriceTiers } from '../../../shared/canteen/price-tier-rules';
import { addDays, shanghaiDate, weekDates, weekStart } from '../../../shared/time';
import { useLiveQuery } from '../../data/use-live-query';
import { pendingRowKeys } from '../../data/sync-queries';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { actorOf } from '../../session/actor';
import { useConfirm } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { useNow } from '../../ui/use-now';
import { CanteenPicker } from './canteen-picker';
import { listCanteenDishes, listRunCanteens, listWeekMeals } from './editor-queries';
import { dayLabel } from './date-label';
import { DishEditor } from './dish-editor';
import type { DishFormValues } from './dish-form';
import { keepPhoto, listPendingPhotos, uploadPendingPhotos } from './dish-photo-uploads';
import { editorError, runMenuChange } from './editor-actions';
import type { EditorMealView } from './editor-meal-card';
import { EditorWeek } from './editor-week';
import { EditorWeekBar, type EditorWeekOffset } from './editor-week-bar';
import { MealForm } from './meal-form';
import { photoIdOf, shrinkPhoto } from './photo-shrink';
import { PriceTierEditor } from './price-tier-editor';
import { appStore } from '../../state/app-store';

/**
 * 菜单管理 (canteen staff; loaded on first use): a week's meals day by day, drafts and published,
 * with their dishes, cut-off and seats; copy last week's menu; publish the week; the canteen's
 * dishes with tags, allergens and photos; its price tiers. Every change is a queued mutation, so
 * it works offline and says so until the server has it.
 */
export function MenuEditorScreen({ db, session }: ScreenProps) {
  const actor = actorOf(session);
  const now = useNow();
  const mine = useLiveQuery(() => listRunCanteens(db, actor), [db, session], null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const canteen = mine?.find((c) => c.id === chosenId) ?? mine?.[0] ?? null;
  const canteenId = canteen?.id ?? '';
  // staff plan ahead: next week is what they usually write
  const [offset, setOffset] = useState<EditorWeekOffset>(1);
  const monday = addDays(weekStart(shanghaiDate(now)), 7 * offset);
  const slots = useLiveQuery(() => (canteenId ? listWeekMeals(db, canteenId, monday) : []), [db, canteenId, monday], []);
  const dishes = useLiveQuery(() => (canteenId ? listCanteenDishes(db, canteenId) : []), [db, canteenId], []);
  const pending = useLiveQuery(() => pendingRowKeys(db), [db], new Set<string>());
  const waitingPhotos = useLiveQuery(() => listPendingPhotos(db), [db], []);
  const [open, setOpen] = useState<string | null>(null);
  const confirm = useConfirm();
  const { showToast } = appStore.getState();

  // photos taken without signal go up whenever there is some
  useEffect(() => {
    const upload = () => {
      uploadPendingPhotos(db)
        .then(({ refused }) => refused > 0 && showToast({ text: t('editor.photoRefused', { count: refused }), tone: 'error' }))
        .catch((error: unknown) => console.error('dish photo upload failed', error));
    };
    upload();
    window.addEventListener('online', upload);
    return () => window.removeEventListener('online', upload);
  }, [db]);

  if (mine === null) return <Page title={t('editor.title')}><p role="status">{t('app.loading')}</p></Page>;
  if (!canteen) return <Page title={t('editor.title')}><p class="empty">{t('editor.notStaff')}</p></Page>;

  const dishById = new Map(dishes.map((d) => [d.id, d]));
  const change = runMenuChange.bind(null, db, session);
  const days = weekDates(monday).map((date) => ({
    date,
    meals: MEALS.map((meal): EditorMealView => {
      const slot = slotAt(slots, canteen.id, date, meal) ?? null;
      return {
        date, meal, slot,
        dishNames: (slot?.dishIds ?? []).map((id) => dishById.get(id)?.name ?? ''),
        syncState: slot && pending.has(`mealSlot:${slot.id}`) ? 'pending' : 'confirmed',
      };
    }),
  }));

  const formFor = (view: EditorMealView) => {
    if (open !== `${view.date}/${view.meal}`) return null;
    const initial = view.slot ?? {
      dishIds: [], cutoffAt: cutoffFor(canteen, view.date, view.meal).toISOString(),
      // volunteers deliver lunches; dinners are eaten in or picked up
      modes: view.meal === 'dinner' ? ['dineIn', 'pickup'] as const : ['dineIn', 'pickup', 'delivery'] as const,
    };
    return (
      <MealForm date={view.date} meal={view.meal} initial={{ ...initial, modes: [...initial.modes] }} dishes={dishes}
        onCancel={() => setOpen(null)}
        onSave={async (draft: MealDraft) => {
          const error = await change('saveMealSlot', { canteenId: canteen.id, ...draft });
          if (!error) setOpen(null);
          return error;
        }} />
    );
  };

  const removeMeal = async (view: EditorMealView) => {
    if (!view.slot) return;
    const asked = await confirm.ask({
      title: t('editor.removeTitle'), message: t('editor.removeMessage', { date: dayLabel(view.date), meal: t(`meal.${view.meal}`) }),
      confirmLabel: t('editor.removeConfirm'), keepLabel: t('editor.removeKeep'),
    });
    const error = asked ? await change('removeMealSlot', { slotId: view.slot.id }) : null;
    if (error) showToast({ text: error, tone: 'error' });
  };

  const saveDish = async (dishId: string | null, values: DishFormValues) => {
    if (values.photo?.jpeg) await keepPhoto(db, values.photo.id, values.photo.jpeg);
    const error = await change('saveDish', {
      dishId: dishId ?? crypto.randomUUID(), canteenId: canteen.id, name: values.name, tags: values.tags,
      allergens: values.allergens, photoId: values.photo?.id ?? null,
    });
    if (!error && values.photo?.jpeg) void uploadPendingPhotos(db).catch((err: unknown) => console.error('dish photo upload failed', err));
    return error;
  };

  const publish = async () => {
    const drafts = slots.filter((s) => !s.published).length;
    if (drafts === 0) return showToast({ text: t('editor.nothingToPublish'), tone: 'info' });
    const week = t(`editor.week${offset}`);
    const asked = await confirm.ask({
      title: t('editor.publishTitle', { week }), message: t('editor.publishMessage', { count: drafts }),
      confirmLabel: t('editor.publishConfirm'), keepLabel: t('editor.publishKeep'),
    });
    const error = asked ? await change('publishWeekMenu', { canteenId: canteen.id, monday }) : null;
    if (error) showToast({ text: error, tone: 'error' });
  };

  return (
    <Page title={t('editor.title')} actions={<a class="manage-link" href="/">{t('editor.back')}</a>}>
      <div class="menu-controls">
        <CanteenPicker canteens={mine ?? []} selectedId={canteen.id} onSelect={(id) => { setChosenId(id); setOpen(null); }} />
      </div>
      <p class="canteen-name">{canteen.name}</p>
      <EditorWeekBar offset={offset} monday={monday} slots={slots}
        onOffset={(next) => { setOffset(next); setOpen(null); }}
        onCopy={async () => {
          const error = await change('copyLastWeekMenu', { canteenId: canteen.id, monday });
          if (error) showToast({ text: error, tone: 'error' });
        }}
        onPublish={() => void publish()} />
      <EditorWeek days={days} formFor={formFor}
        onEdit={(view: EditorMealView) => setOpen(`${view.date}/${view.meal}`)}
        onRemove={(view) => void removeMeal(view)}
        onSeats={(view, seats) => (view.slot ? change('setSlotSeats', { slotId: view.slot.id, seats }) : Promise.resolve(null))} />
      <DishEditor dishes={dishes} pendingPhotos={new Map(waitingPhotos.map((p) => [p.photoId, p.jpeg]))}
        preparePhoto={async (file) => { const jpeg = await shrinkPhoto(file); return { id: await photoIdOf(jpeg), jpeg }; }}
        onSave={saveDish} />
      <PriceTierEditor key={`${canteen.id}-${JSON.stringify(canteen.priceTiers)}`} canteen={canteen}
        check={(tiers) => { const refusal = checkPriceTiers(tiers); return refusal ? editorError(new RejectionError(refusal)) : null; }}
        onSave={(tiers) => change('setPriceTiers', { canteenId: canteen.id, tiers })} />
      {confirm.dialog}
    </Page>
  );
}
