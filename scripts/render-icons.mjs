/**
 * Renders the app icons (public/icons/*.png) from their SVG sources (scripts/icons) with the e2e tests'
 * Chromium. Run after changing an SVG: `node scripts/render-icons.mjs`; commit both.
 * The maskable icon keeps its mark inside the central circle (80% of the size) that
 * launchers may crop to.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The SVG sources stay out of public/, so the built app ships (and precaches) only the PNGs. */
const SOURCES = path.join(HERE, "icons");
const ICONS = path.join(HERE, "..", "public", "icons");
const OUTPUTS = [
  { source: "icon.svg", size: 192, file: "icon-192.png" },
  { source: "icon.svg", size: 512, file: "icon-512.png" },
  { source: "icon-maskable.svg", size: 512, file: "icon-maskable-512.png" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const { source, size, file } of OUTPUTS) {
    const svg = await readFile(path.join(SOURCES, source), "utf8");
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(ICONS, file), omitBackground: true });
    await page.close();
    console.log(`${file} (${size}×${size}) from ${source}`);
  }
} finally {
  await browser.close();
}
