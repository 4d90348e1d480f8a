import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { readEnv } from './config/env.ts';
import { publicUrlFor } from './config/publicUrl.ts';
import { systemClock } from './deps.ts';
import { createLogger, errorFields } from './logger.ts';
import { EventStore } from './store/eventStore.ts';

/** Composition root: reads the environment, opens the log, listens, and shuts down cleanly. */
const env = readEnv(process.env);
const logger = createLogger();
const store = EventStore.open(env.dataDir);

let port = env.port;
// server/src/index.ts and server/dist/index.js sit at the same depth, so one relative path serves both;
// a build made with FO_BUILD_DIR puts the client beside the server instead.
const clientDir = process.env.FO_BUILD_DIR
  ? `${process.env.FO_BUILD_DIR}/client`
  : fileURLToPath(new URL('../../client/dist', import.meta.url));
const app = createApp({
  store,
  logger,
  clock: systemClock,
  config: {
    publicUrl: () => publicUrlFor(port, env.publicUrl),
    allowedOrigins: env.allowedOrigins,
    clientDir,
    purgeAfterDays: env.purgeAfterDays,
  },
});

app.httpServer.on('error', (error) => {
  logger.fatal(errorFields(error), 'server error');
  store.close();
  process.exit(1);
});

app.httpServer.listen(env.port, env.host, () => {
  port = (app.httpServer.address() as AddressInfo).port;
  // Tests and scripts read this line for the port; it carries no secret.
  logger.info({ port, host: env.host, publicUrl: publicUrlFor(port, env.publicUrl), local: `http://localhost:${port}` }, 'listening');
});

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const forced = setTimeout(() => process.exit(1), 5000);
  forced.unref();
  try {
    await app.close();
  } finally {
    store.close();
    logger.info('stopped');
    process.exit(0);
  }
}

process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));
