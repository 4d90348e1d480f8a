/** What the orchestrator asks the probe inside a server under test (probe.ts), over the IPC channel. */
export type ProbeQuestion = 'memory' | 'windowStart' | 'windowEnd';

export interface ProbeRequest {
  id: number;
  type: ProbeQuestion;
}

/** After a forced GC, in bytes. */
export interface MemoryReading {
  rss: number;
  heapUsed: number;
  /** What V8 keeps of the heap, used or not: RSS above heapUsed is partly this. */
  heapTotal: number;
  external: number;
}

/** Since the last `windowStart`. */
export interface WindowReading {
  /** CPU time over wall time: 1 is one core busy all along. */
  cpu: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type ProbeAnswer =
  | { id: number; type: 'memory'; reading: MemoryReading }
  | { id: number; type: 'windowStart' }
  | { id: number; type: 'windowEnd'; reading: WindowReading };
