import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API and Socket.IO server `npm run dev` starts next to Vite (scripts/dev.mjs). */
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
    rolldownOptions: {
      output: {
        // Pages are lazy routes and `qrcode` is imported on demand, so a phone joining a
        // workshop never downloads facilitator code. React gets its own long-cached chunk.
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
