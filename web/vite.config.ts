/**
 * The Mini App's build: Preact + TypeScript bundled by Vite into dist/app, served by the service
 * at /app (src/miniapp/routes.ts). Asset names carry a content hash, so the service caches them
 * for a year; index.html is revalidated. `npm run dev:app` serves it with hot reload and forwards
 * /api and /ws to a service running on localhost:3000.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/app/",
  publicDir: false,
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  resolve: { alias: { react: "preact/compat", "react-dom": "preact/compat" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/app", import.meta.url)),
    emptyOutDir: true,
    // Telegram's in-app web views: iOS 15+ Safari, Android System WebView, desktop Chromium.
    target: ["es2021", "safari15", "chrome100"],
    assetsInlineLimit: 2048,
    reportCompressedSize: false,
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
      "/app/i18n": "http://127.0.0.1:3000",
      "/ws": { target: "ws://127.0.0.1:3000", ws: true },
    },
  },
  logLevel: "warn",
});
