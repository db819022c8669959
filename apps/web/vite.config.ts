import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server (apps/api) serves dist/ at `/` and GraphQL at `/graphql`.
// In development (`npm run dev -w @dekkend/web`) Vite proxies /graphql to it.
const apiTarget = process.env.DEKKEND_API_URL ?? `http://localhost:${process.env.API_PORT ?? '4000'}`;

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/graphql': { target: apiTarget, changeOrigin: true } },
  },
});
