import { z } from 'zod';
import { CommandSchema } from '../commands/command.schema.ts';
import { SequencedEventSchema } from '../events/events.schema.ts';
import { IdSchema, JoinCodeSchema } from '../model/ids.schema.ts';
import { SessionStateSchema } from '../model/session.schema.ts';

export const CommandIdSchema = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const CommandEnvelopeSchema = z.object({ commandId: CommandIdSchema, command: CommandSchema });

/** Credentials a socket presents in its handshake (`auth`); sent again on every reconnection. */
export const SocketAuthSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('facilitator'), sessionId: IdSchema, key: z.string().min(20).max(128) }),
  z.object({ role: z.literal('participant'), code: JoinCodeSchema, token: z.string().min(20).max(128) }),
  z.object({ role: z.literal('projector'), code: JoinCodeSchema }),
]);

export const SyncRequestSchema = z.object({ since: z.number().int().nonnegative() });

/** Events from version `from` (exclusive) to `to` (inclusive); events the reader may not see are left out. */
export const EventBatchSchema = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  events: z.array(SequencedEventSchema),
});

export const SnapshotSchema = z.object({ state: SessionStateSchema });

export const PresenceSchema = z.object({ online: z.number().int().nonnegative() });
