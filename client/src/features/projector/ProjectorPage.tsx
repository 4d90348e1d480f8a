import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { Countdown } from '../../components/Countdown.tsx';
import { JoinCode } from '../../components/JoinCode.tsx';
import { PhaseBadge } from '../../components/PhaseBadge.tsx';
import { Presence } from '../../components/Presence.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinUrl } from '../../components/useJoinUrl.ts';
import { useLiveSession } from '../../hooks/useLiveSession.ts';
import { useSessionView } from '../../hooks/useSessionView.ts';
import { ProjectorBody, showsAgenda, spotlightTopic } from './ProjectorBody.tsx';
import { Spotlight } from './Spotlight.tsx';

/** `/screen/:code`: the wall, read from the back of the room. Holds no secret. */
export function ProjectorPage() {
  const { t } = useTranslation();
  const code = (useParams<{ code: string }>().code ?? '').toUpperCase();
  useLiveSession({ role: 'projector', code });
  const { state, status, fatal, online } = useSessionView();
  const joinUrl = useJoinUrl(code);

  if (fatal) {
    return (
      <main className="page projector stack" id="main">
        <h1>{t('projector.fatalHeading')}</h1>
        <p className="error" role="alert" data-testid="fatal-error" data-code={fatal}>
          {fatal === 'NOT_FOUND' ? t('join.unknownCode', { code }) : t(`errors.${fatal}`)}
        </p>
      </main>
    );
  }
  const spotlight = state && spotlightTopic(state);
  if (state && spotlight) {
    return (
      <main className="page projector projector--spotlight" id="main">
        <ConnectionBanner status={status} />
        <h1 className="sr-only" dir="auto">
          {state.title}
        </h1>
        <Spotlight state={state} topic={spotlight} />
      </main>
    );
  }
  const agenda = state ? showsAgenda(state) : false;
  // The grid shows the timer next to the current slot; elsewhere it sits in the header.
  const timer = state && !agenda ? state.breakouts.timer : null;
  return (
    <main className="page projector" id="main">
      <ConnectionBanner status={status} />
      <header className="projector__head">
        <div className="stack stack--tight">
          <h1 data-testid="session-title" dir="auto">
            {state?.title ?? ''}
          </h1>
          {state?.question && <p className="question" dir="auto">{state.question}</p>}
          {state && <PhaseBadge phase={state.phase} size="large" />}
          {state && <Presence online={online} joined={state.participantCount} />}
          {timer && <Countdown endsAt={timer.endsAt} size="large" />}
        </div>
        <div className="projector__join">
          <JoinCode code={code} size="huge" />
          {joinUrl && <QrCode value={joinUrl} size={agenda ? 160 : 220} />}
          {joinUrl && <p className="projector__url">{joinUrl}</p>}
        </div>
      </header>
      {state ? <ProjectorBody state={state} joinUrl={joinUrl} /> : <p role="status">{t('common.loading')}</p>}
    </main>
  );
}

export default ProjectorPage;
