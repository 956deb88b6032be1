import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// One config for the app build and for vitest: vitest runs with mode 'test', where the service
// worker plugin has nothing to do.
export default defineConfig(({ mode }) => ({
  root: '.',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  plugins: [
    preact(),
    mode === 'test'
      ? null
      : VitePWA({
          strategies: 'injectManifest',
          srcDir: 'src/sw',
          filename: 'sw.ts',
          injectRegister: false,
          registerType: 'autoUpdate',
          manifest: {
            name: '邻里通',
            short_name: '邻里通',
            description: '社区食堂订餐、亲子活动报名、帮办代办',
            lang: 'zh-CN',
            start_url: '/',
            display: 'standalone',
            background_color: '#ffffff',
            theme_color: '#c62828',
            icons: [
              { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
            ],
          },
          injectManifest: { globPatterns: ['**/*.{js,css,html,svg}'] },
        }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/architecture.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['tests/client/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/client/setup.ts'],
        },
      },
      {
        // The whole app in a real Chromium against the started server; needs `npm run build` first.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
