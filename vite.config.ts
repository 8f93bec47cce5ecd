import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";

/**
 * The installed app's title bar is the toolbar's colour (COLOR.surface in src/design/tokens),
 * its splash screen the page's (COLOR.surface2). Written here because importing the tokens
 * makes Vite load the app's TypeScript with its config, which its coming native config loader
 * refuses; test/unit/design/appManifest.test.ts fails when the two drift apart.
 */
export const THEME_COLOR = "#fff";
export const BACKGROUND_COLOR = "#f8fafc";

/** The browser's own theme colour, from the same token as the manifest's. */
function themeColorMeta(): Plugin {
  return {
    name: "peermap-theme-color",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { name: "theme-color", content: THEME_COLOR }, injectTo: "head" },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    themeColorMeta(),
    // Workshop rooms have poor Wi-Fi: after one visit the built app opens from the precache.
    // "prompt": a new version waits until the user chooses to reload (src/app/UpdatePrompt).
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      // The dev server stays as it was: no service worker, nothing cached between edits.
      devOptions: { enabled: false },
      manifest: {
        name: "Peermap",
        short_name: "Peermap",
        description:
          "Map the peer relationships between two organisations in an alliance and see the gaps.",
        // Relative to the manifest, so the app works under whatever base path it is served from.
        start_url: "./",
        scope: "./",
        display: "standalone",
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          {
            src: "icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        // The whole built app, and nothing else: there is no server to cache answers from.
        // The plugin adds the manifest and its icons itself (listing them here doubles them).
        globPatterns: ["**/*.{html,js,css,svg,ico,woff,woff2}"],
        // Every route is the one page (the map is in the hash).
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
        // The first visit's page is served from the cache at once, so losing the network before
        // any reload still opens the editor. A later version still waits for "Reload".
        clientsClaim: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // Worker threads start faster than child processes: 73-75 s against 83-84 s for the
    // whole unit suite with coverage on the 2-core CI machine, which also runs the e2e tests.
    pool: "threads",
    coverage: {
      provider: "v8",
      include: ["src/**/*.{ts,tsx}"],
      reporter: ["text-summary", "text", "html"],
      reportsDirectory: "test-results/coverage",
      thresholds: {
        "src/domain/**": { lines: 95 },
      },
    },
  },
});
