import type { z } from 'zod';

/** Where a payload was wrong and how, without echoing the values people typed. */
export function validationMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}
