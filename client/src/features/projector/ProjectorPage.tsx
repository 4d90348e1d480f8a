import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { JoinCode } from '../../components/JoinCode.tsx';
import { PhaseBadge } from '../../components/PhaseBadge.tsx';
import { Presence } from '../../components/Presence.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinUrl } from '../../components/useJoinUrl.ts';
import { useLiveSession } from '../../hooks/useLiveSession.ts';
import { useSessionView } from '../../hooks/useSessionView.ts';
import { TopicWall } from './TopicWall.tsx';

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
  return (
    <main className="page projector" id="main">
      <ConnectionBanner status={status} />
      <header className="projector__head">
        <div className="stack stack--tight">
          <h1 data-testid="session-title">{state?.title ?? ''}</h1>
          {state?.question && <p className="question">{state.question}</p>}
          {state && <PhaseBadge phase={state.phase} size="large" />}
          {state && <Presence online={online} joined={Object.keys(state.participants).length} />}
        </div>
        <div className="projector__join">
          <JoinCode code={code} size="huge" />
          {joinUrl && <QrCode value={joinUrl} size={220} />}
          {joinUrl && <p className="projector__url">{joinUrl}</p>}
        </div>
      </header>
      {state ? <TopicWall state={state} /> : <p role="status">{t('common.loading')}</p>}
    </main>
  );
}

export default ProjectorPage;
