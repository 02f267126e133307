import { fileURLToPath, URL } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import Components from 'unplugin-vue-components/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

const backend = process.env.KEPU_BACKEND_URL ?? 'http://127.0.0.1:8000'
const proxied = ['/api', '/admin', '/static', '/healthz', '/media']

// Django serves dist/ at the site root (whitenoise) and answers every non-API path with index.html.
export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components and their styles are imported where templates use them, not all at once.
    Components({
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
    }),
    // The app shell is cached by a service worker, so the door page opens with no network (its data
    // lives in IndexedDB). The API is never cached here: every answer stays the server's.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '科普活动 · Kepu',
        short_name: '科普签到',
        description: '科普活动报名与现场签到',
        lang: 'zh-CN',
        start_url: '/organizer/events',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6feb',
        icons: [
          { src: '/icons/kepu-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/kepu-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/kepu-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/admin\//, /^\/static\//, /^\/media\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: '/',
  // vue-i18n build flags: Composition API only, no devtools hooks in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts'
          return undefined
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    server: { deps: { inline: ['element-plus'] } },
  },
})
