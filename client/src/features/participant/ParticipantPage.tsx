import { useState } from 'react';
import { useParams } from 'wouter';
import { loadParticipantIdentity, type ParticipantIdentity } from '../../store/persisted.ts';
import { JoinForm } from './JoinForm.tsx';
import { ParticipantApp } from './ParticipantApp.tsx';

/** `/j/:code`: a phone that already joined this workshop goes straight back in, as the same person. */
export function ParticipantPage() {
  const code = (useParams<{ code: string }>().code ?? '').toUpperCase();
  const [identity, setIdentity] = useState<ParticipantIdentity | null>(() => loadParticipantIdentity(code));
  if (!identity) return <JoinForm code={code} onJoined={setIdentity} />;
  return <ParticipantApp code={code} identity={identity} onForget={() => setIdentity(null)} />;
}

export default ParticipantPage;
