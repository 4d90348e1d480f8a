import { DeleteSessionControl } from '../exports/DeleteSessionControl.tsx';
import { ExportsPanel } from '../exports/ExportsPanel.tsx';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { useLiveSession } from '../../hooks/useLiveSession.ts';
import { useSessionView } from '../../hooks/useSessionView.ts';
import { ModerationPanel } from './ModerationPanel.tsx';
import { PaperParticipantsPanel } from './PaperParticipantsPanel.tsx';
import { PhasePanel } from './PhasePanel.tsx';
import './planning.css';
import { PlanningSections } from './sections/PlanningSections.tsx';
import { SecretLinkNotice } from './SecretLinkNotice.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { VoteSettingsPanel } from './VoteSettingsPanel.tsx';

export function FacilitatorApp({ sessionId, facilitatorKey }: { sessionId: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  useLiveSession({ role: 'facilitator', sessionId, key: facilitatorKey });
  const { state, status, fatal, online } = useSessionView();

  if (fatal) {
    return (
      <main className="page page--narrow stack" id="main">
        <h1>{t('facilitator.fatalHeading')}</h1>
        <p className="error" role="alert" data-testid="fatal-error" data-code={fatal}>
          {t(fatal === 'FORBIDDEN' ? 'facilitator.wrongKey' : `errors.${fatal}`)}
        </p>
      </main>
    );
  }
  return (
    <main className="page page--wide stack" id="main">
      <ConnectionBanner status={status} />
      {!state ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <SessionHeader state={state} online={online} />
          <SecretLinkNotice sessionId={sessionId} facilitatorKey={facilitatorKey} />
          <div className="console__phase">
            <PhasePanel phase={state.phase} />
          </div>
          <PlanningSections state={state} keys={{ sessionId, facilitatorKey }} />
          <div className="console">
            <div className="console__controls stack">
              <VoteSettingsPanel settings={state.settings} talliesRevealed={state.talliesRevealed} />
              <PaperParticipantsPanel state={state} />
            </div>
            <ModerationPanel state={state} />
          </div>
          <ExportsPanel sessionId={sessionId} facilitatorKey={facilitatorKey} />
          <DeleteSessionControl sessionId={sessionId} facilitatorKey={facilitatorKey} />
        </>
      )}
    </main>
  );
}
