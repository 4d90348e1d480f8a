import { z } from 'zod';

export const AssignGroupsSchema = z.object({ type: z.literal('assignGroups') });
