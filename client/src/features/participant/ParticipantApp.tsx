import { phaseAllows, type PhaseId } from '@forum-ouvert/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { Countdown } from '../../components/Countdown.tsx';
import { useLiveSession } from '../../hooks/useLiveSession.ts';
import { useSessionView } from '../../hooks/useSessionView.ts';
import type { ParticipantIdentity } from '../../store/persisted.ts';
import { NewspaperLink } from '../notes/NewspaperLink.tsx';
import { OutboxPanel } from '../outbox/OutboxPanel.tsx';
import { useOutbox } from '../outbox/useOutbox.ts';
import { useNotesTarget } from '../notes/notesTarget.ts';
import { showsConvergence } from '../convergence/convergenceView.ts';
import { ProposalVoteView } from '../convergence/ProposalVoteView.tsx';
import { CheckInNotice } from './CheckInNotice.tsx';
import { ClosingView } from './ClosingView.tsx';
import { FatalParticipantError } from './FatalParticipantError.tsx';
import { MarketplaceView } from './MarketplaceView.tsx';
import { ParticipantHeader } from './ParticipantHeader.tsx';
import { PhaseAnnouncer } from './PhaseAnnouncer.tsx';
import { ProgrammeView } from './ProgrammeView.tsx';
import { VotingView } from './VotingView.tsx';

// Yjs and the editor load only when someone opens notes.
const NotesScreen = lazy(() => import('../notes/NotesScreen.tsx'));

/** Phases in which a phone shows the programme (or says it is not published yet). */
const PROGRAMME_PHASES: ReadonlySet<PhaseId> = new Set(['agenda', 'breakouts', 'closing']);

interface Props {
  code: string;
  identity: ParticipantIdentity;
  onForget: () => void;
}

/** The phone once joined: who I am, what phase we are in, and what I can do in it. */
export function ParticipantApp({ code, identity, onForget }: Props) {
  const { t } = useTranslation();
  useLiveSession({ role: 'participant', code, token: identity.token });
  // After useLiveSession: its store reset must not wipe the outbox this opens.
  useOutbox(code, identity.participantId);
  const { state, you, status, fatal } = useSessionView();
  const me = you?.role === 'participant' ? you.participantId : identity.participantId;
  const notes = useNotesTarget();

  if (fatal) return <FatalParticipantError code={code} error={fatal} onForget={onForget} />;
  return (
    <main className="page page--narrow stack" id="main">
      <ConnectionBanner status={status} />
      <OutboxPanel />
      <PhaseAnnouncer phase={state?.phase ?? null} />
      {/* Mounted before the session arrives, so the outcome lands in a live region already there. */}
      <CheckInNotice me={me} ready={state !== null} />
      {!state ? (
        <p role="status">{t('common.loading')}</p>
      ) : notes.target ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <NotesScreen state={state} me={me} target={notes.target} onBack={notes.close} />
        </Suspense>
      ) : (
        <>
          <ParticipantHeader state={state} me={me} />
          {state.breakouts.timer && <Countdown endsAt={state.breakouts.timer.endsAt} />}
          {showsConvergence(state) && <ProposalVoteView state={state} me={me} />}
          {state.phase === 'closing' && <ClosingView />}
          {phaseAllows(state.phase, 'propose') && <MarketplaceView state={state} me={me} />}
          {phaseAllows(state.phase, 'vote') && <VotingView state={state} me={me} />}
          {PROGRAMME_PHASES.has(state.phase) && (state.agenda.published || state.phase !== 'closing') && (
            <ProgrammeView state={state} me={me} />
          )}
          {state.notesPublished && <NewspaperLink />}
        </>
      )}
    </main>
  );
}
