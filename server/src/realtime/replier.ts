/**
 * Socket.IO hands the ack callback over as whatever the client sent last. A
 * missing or non-function ack must not throw, and a failing one must not escape.
 */
export function replier<T>(ack: unknown): (result: T) => void {
  if (typeof ack !== 'function') return () => undefined;
  return (result) => {
    try {
      (ack as (result: T) => void)(result);
    } catch {
      // The client is gone or sent something odd; there is nobody left to tell.
    }
  };
}
