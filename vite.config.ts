import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { pwaMessagesZhCN } from './src/client/pwa/pwa-messages.ts';

// Which build a page runs (html[data-build]); a deploy may name it (BUILD_ID=git sha), else the
// package version. It changes the entry chunk, so every chunk of a named build gets new names.
const buildId = process.env.BUILD_ID ?? (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const APP_ICON = { src: '/icon-192.png', sizes: '192x192', type: 'image/png' };

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
  define: { __BUILD_ID__: JSON.stringify(buildId) },
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
          // a new version waits for the resident's tap (src/client/sw-bridge.ts)
          registerType: 'prompt',
          manifest: {
            name: '邻里通',
            short_name: '邻里通',
            description: '社区食堂订餐、亲子活动报名、帮办代办',
            lang: 'zh-CN',
            id: '/',
            start_url: '/',
            scope: '/',
            display: 'standalone',
            background_color: '#ffffff',
            theme_color: '#c62828',
            icons: [
              APP_ICON,
              { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
            ],
            // a long press on the home-screen icon goes straight to a service
            shortcuts: [
              { name: pwaMessagesZhCN['pwa.shortcutCanteen'], url: '/', icons: [APP_ICON] },
              { name: pwaMessagesZhCN['pwa.shortcutEvents'], url: '/events', icons: [APP_ICON] },
              { name: pwaMessagesZhCN['pwa.shortcutHelp'], url: '/help', icons: [APP_ICON] },
            ],
          },
          injectManifest: { globPatterns: ['**/*.{js,css,html,svg}'] },
        }),
  ],
  test: {
    // a deadline for conditions that tests poll (expect.poll), generous so a busy machine passes;
    // a poll ends as soon as its condition holds, so a quiet machine pays nothing for it
    expect: { poll: { timeout: 15_000 } },
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
          expect: { poll: { timeout: 60_000 } },
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The built server killed and its database restarted under load (npm run test:durability);
        // needs dist-server/ and the PostgreSQL server binaries, and makes its own PostgreSQL cluster.
        extends: true,
        test: {
          name: 'durability',
          include: ['tests/durability/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          expect: { poll: { timeout: 60_000 } },
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
