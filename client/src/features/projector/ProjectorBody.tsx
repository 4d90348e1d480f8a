import type { SessionState } from '@forum-ouvert/shared';
import { lazy, Suspense } from 'react';
import { ConvergenceWall } from '../convergence/ConvergenceWall.tsx';
import { showsConvergence } from '../convergence/convergenceView.ts';
import { AgendaGrid } from './AgendaGrid.tsx';
import { TopicWall } from './TopicWall.tsx';

// Yjs loads only once the notes are open to everyone.
const ProjectorNotes = lazy(() => import('../notes/ProjectorNotes.tsx'));

/** Phases in which the wall gives way to the programme grid. */
export function showsAgenda(state: SessionState): boolean {
  return state.phase === 'agenda' || state.phase === 'breakouts';
}

/** The spotlighted topic, if any is set and still shown (a hidden or withdrawn topic is never put on screen). */
export function spotlightTopic(state: SessionState) {
  const id = state.breakouts.spotlightTopicId;
  const topic = id ? state.topics[id] : undefined;
  return topic && !topic.hidden ? topic : undefined;
}

/**
 * Under the projector's header: the programme grid while groups are planned and meet, the ranked
 * proposals once the convergence vote is open, then the groups' notes once they are open to
 * everyone, the topic wall otherwise.
 */
export function ProjectorBody({ state, joinUrl }: { state: SessionState; joinUrl: string | null }) {
  if (showsAgenda(state)) return <AgendaGrid state={state} joinUrl={joinUrl} />;
  // In the closing phase the vote on the proposals is what the room looks at, notes published or not.
  if (showsConvergence(state)) return <ConvergenceWall state={state} />;
  if (state.notesPublished) {
    return (
      <Suspense fallback={null}>
        <ProjectorNotes state={state} />
      </Suspense>
    );
  }
  return <TopicWall state={state} />;
}
