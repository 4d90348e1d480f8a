import { phaseAllows } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { PhaseBadge } from '../../components/PhaseBadge.tsx';
import { useLiveSession } from '../../hooks/useLiveSession.ts';
import { useSessionView } from '../../hooks/useSessionView.ts';
import type { ParticipantIdentity } from '../../store/persisted.ts';
import { FatalParticipantError } from './FatalParticipantError.tsx';
import { MarketplaceView } from './MarketplaceView.tsx';
import { VotingView } from './VotingView.tsx';

interface Props {
  code: string;
  identity: ParticipantIdentity;
  onForget: () => void;
}

/** The phone once joined: who I am, what phase we are in, and what I can do in it. */
export function ParticipantApp({ code, identity, onForget }: Props) {
  const { t } = useTranslation();
  useLiveSession({ role: 'participant', code, token: identity.token });
  const { state, you, status, fatal } = useSessionView();
  const me = you?.role === 'participant' ? you.participantId : identity.participantId;

  if (fatal) return <FatalParticipantError code={code} error={fatal} onForget={onForget} />;
  return (
    <main className="page page--narrow stack" id="main">
      <ConnectionBanner status={status} />
      {!state ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <header className="stack stack--tight">
            <h1 data-testid="session-title">{state.title}</h1>
            {state.question && <p className="question">{state.question}</p>}
            <p data-testid="my-pseudonym-line">
              {t('participant.youAre')} <strong data-testid="my-pseudonym">{state.participants[me]?.pseudonym ?? ''}</strong>
            </p>
            <PhaseBadge phase={state.phase} />
            <p className="phase-hint" data-testid="phase-hint">
              {t(`phases.${state.phase}.participantHint`)}
            </p>
          </header>
          {phaseAllows(state.phase, 'propose') && <MarketplaceView state={state} me={me} />}
          {phaseAllows(state.phase, 'vote') && <VotingView state={state} me={me} />}
        </>
      )}
    </main>
  );
}
