import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { PublishAgendaSchema } from './publishAgenda.schema.ts';

export type PublishAgenda = z.infer<typeof PublishAgendaSchema>;

export const decidePublishAgenda: Decide<PublishAgenda> = (state, command) => {
  if (state.agenda.published === command.published) return fail('CONFLICT', 'Already in that state');
  if (command.published && Object.keys(state.agenda.placements).length === 0) {
    return fail('CONFLICT', 'Schedule at least one topic before publishing');
  }
  return accept({ type: 'AgendaPublished', published: command.published });
};
