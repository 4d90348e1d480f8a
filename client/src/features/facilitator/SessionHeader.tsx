import { PAGES, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { JoinCode } from '../../components/JoinCode.tsx';
import { Presence } from '../../components/Presence.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinUrl } from '../../components/useJoinUrl.ts';

/** What the facilitator reads out or shows: the code, the QR, the link for the projector. */
export function SessionHeader({ state, online }: { state: SessionState; online: number | null }) {
  const { t } = useTranslation();
  const joinUrl = useJoinUrl(state.code);
  return (
    <header className="session-header">
      <div className="stack stack--tight">
        <h1 data-testid="session-title" dir="auto">
          {state.title}
        </h1>
        {state.question && <p className="question" dir="auto">{state.question}</p>}
        <JoinCode code={state.code} />
        {joinUrl && (
          <p className="hint">
            {t('facilitator.joinAt')}{' '}
            <a href={joinUrl} data-testid="join-url">
              {joinUrl}
            </a>
          </p>
        )}
        <Presence online={online} joined={state.participantCount} />
        <p>
          <a href={PAGES.projector(state.code)} target="_blank" rel="noopener" className="button" data-testid="projector-link">
            {t('facilitator.openProjector')}
          </a>
        </p>
      </div>
      {joinUrl && <QrCode value={joinUrl} size={180} />}
    </header>
  );
}
