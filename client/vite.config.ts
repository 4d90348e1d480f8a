import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/** The API and Socket.IO server `npm run dev` starts next to Vite (scripts/dev.mjs). */
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // Compressed once at build time, at the highest levels, so the server never spends CPU on it
    // while 2,000 phones open the page at once (server/src/http/clientPages.ts serves these).
    compression({ algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress')], logLevel: 'silent' }),
  ],
  server: {
    proxy: {
      '/api': API_ORIGIN,
      '/socket.io': { target: API_ORIGIN, ws: true },
    },
  },
  build: {
    // FO_BUILD_DIR (see server/build.mjs) keeps parallel builds apart.
    outDir: process.env.FO_BUILD_DIR ? `${process.env.FO_BUILD_DIR}/client` : 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: the chunk graph that scripts/check-bundle-size.mjs walks.
    manifest: true,
    rolldownOptions: {
      output: {
        // Pages are lazy routes and `qrcode` is imported on demand, so a phone joining a
        // workshop never downloads facilitator code. zod stays off it too: shared/ builds its
        // schemas only in `*.schema.ts` modules, which no participant module imports
        // (scripts/check-bundle-size.mjs fails if zod comes back). React gets its own long-cached chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'realtime', test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/ },
          ],
        },
      },
    },
  },
});
