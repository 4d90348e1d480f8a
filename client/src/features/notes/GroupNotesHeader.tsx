import type { SessionState, Slot, Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi.ts';
import { intlLocale } from '../../i18n/format.ts';
import { SlotTimes } from '../agenda/SlotTimes.tsx';
import { convenerNames } from '../agenda/groups.ts';

/** Which group these notes are of: topic, slot, and who convenes it (marked, and "you" when it is you). */
export function GroupNotesHeader({ state, topic, slot, me }: { state: SessionState; topic: Topic; slot: Slot | undefined; me: string | null }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(convenerNames(state, topic).map(isolate));
  return (
    <header className="stack stack--tight">
      <p className="notes-panel__kicker">{t('notes.heading')}</p>
      {/* The phone's main heading while its notes are open (focus comes here when they open). */}
      <h1 id="notes-panel-heading" tabIndex={-1} data-testid="notes-topic-title" dir="auto">
        {topic.title}
      </h1>
      {slot && (
        <p className="hint">
          <SlotTimes slot={slot} />
        </p>
      )}
      {names && (
        <p className="notes-panel__conveners" data-testid="notes-conveners">
          <span className="tag tag--mine">{t('notes.convener', { count: topic.proposerIds.length })}</span> {names}
        </p>
      )}
      {me !== null && topic.proposerIds.includes(me) && <p className="hint">{t('notes.youConvene')}</p>}
    </header>
  );
}
