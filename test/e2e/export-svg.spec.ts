/**
 * Export SVG: the picture dialog in its vector format downloads an SVG that the browser parses
 * as SVG, that names every person on the canvas in <text> (text stays text), is as big as the
 * dialog says, follows the 16:9 and background options, and renders; nothing leaves the page.
 */

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { browserToday, downloadOf, toolbarButton, watchRequests } from "./support/downloads";
import { EDITOR_VIEWPORT } from "./support/editor";
import { openFixtureMap } from "./support/import";

test.use({ viewport: EDITOR_VIEWPORT });

interface ParsedSvg {
  error: string | null;
  root: string;
  namespace: string | null;
  width: number;
  height: number;
  viewBox: string | null;
  texts: string[];
  /** Full-size rectangles, i.e. a background. */
  backgrounds: number;
  /** The SVG drawn as an image: how many of its pixels are not transparent. */
  inked: number;
}

/** Parses `svg` with the page's DOMParser as image/svg+xml, and draws it as an image. */
async function parseInPage(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const root = doc.documentElement;
    const width = Number(root.getAttribute("width"));
    const height = Number(root.getAttribute("height"));
    const backgrounds = [...root.children].filter(
      (e) => e.localName === "rect" && e.getAttribute("width") === root.getAttribute("width"),
    ).length;
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    const image = new Image();
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width);
    canvas.height = Math.round(height);
    const ctx = canvas.getContext("2d");
    ctx?.drawImage(image, 0, 0);
    const pixels = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) inked++;
    return {
      error,
      root: root.localName,
      namespace: root.namespaceURI,
      width,
      height,
      viewBox: root.getAttribute("viewBox"),
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      backgrounds,
      inked,
    };
  }, svg);
}

/** The "Picture: W × H, in vectors" line of the dialog, as numbers. */
async function announcedSize(page: Page): Promise<{ width: number; height: number }> {
  const text = (await page.getByTestId("export-png-size").textContent()) ?? "";
  const match = /Picture: ([\d,]+) × ([\d,]+), in vectors/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected size line: ${text}`);
  return {
    width: Number(match[1].replaceAll(",", "")),
    height: Number(match[2].replaceAll(",", "")),
  };
}

test("Export SVG downloads a real SVG that names the people on the canvas as text", async ({
  appPage: page,
  context,
}) => {
  const fixture = await openFixtureMap(page, "small-workshop");
  const placed: string[] = fixture.map.people
    .filter((p: { position?: unknown }) => p.position)
    .map((p: { name: string }) => p.name);
  expect(placed.length).toBeGreaterThan(10);

  await toolbarButton(page, "Export SVG").click();
  const dialog = page.getByRole("dialog", { name: "Export SVG" });
  await expect(dialog.getByRole("radio", { name: /^SVG/ })).toBeChecked();
  // Scale means nothing for vectors, and says why; copying is for PNG.
  await expect(dialog.getByRole("radio", { name: "2x" })).toBeDisabled();
  await expect(dialog.getByText("An SVG has no scale")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Copy image" })).toBeDisabled();
  const size = await announcedSize(page);

  const requests = watchRequests(context);
  const file = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  // Made in the browser: nothing left for the network while the picture was written.
  expect(requests.outgoing()).toEqual([]);
  expect(file.filename).toBe(`${fixture.map.name}-${await browserToday(page)}.svg`);
  await expect(dialog.getByRole("status")).toHaveText(`Saved ${file.filename}.`);
  await expect(dialog.getByRole("alert")).toHaveCount(0);

  const svg = await parseInPage(page, file.text);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe("svg");
  expect(svg.namespace).toBe("http://www.w3.org/2000/svg");
  expect(Math.round(svg.width)).toBe(size.width);
  expect(Math.round(svg.height)).toBe(size.height);
  expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
  for (const name of placed) expect(svg.texts, name).toContain(name);
  expect(svg.texts).toContain(fixture.map.name);
  expect(svg.texts).toContain("LEGEND");
  // White by default, and it draws.
  expect(svg.backgrounds).toBe(1);
  expect(svg.inked).toBe(Math.round(svg.width) * Math.round(svg.height));
});

test("Export SVG follows the options: 16:9, transparent, without title and legend", async ({
  appPage: page,
}) => {
  const fixture = await openFixtureMap(page, "small-workshop");
  // Opened as PNG, switched to SVG in the dialog: the title follows the format.
  await toolbarButton(page, "Export PNG").click();
  await page
    .getByRole("dialog", { name: "Export PNG" })
    .getByRole("radio", { name: /^SVG/ })
    .check();
  const dialog = page.getByRole("dialog", { name: "Export SVG" });
  await dialog.getByRole("radio", { name: "Transparent" }).check();
  await dialog.getByRole("checkbox", { name: "Fit to 16:9 slide" }).check();
  await dialog.getByRole("checkbox", { name: "Include title and legend" }).uncheck();
  const size = await announcedSize(page);
  expect(size.width * 9).toBeCloseTo(size.height * 16, -2);

  const file = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  expect(file.filename.endsWith(".svg")).toBe(true);
  const svg = await parseInPage(page, file.text);
  expect(svg.error).toBeNull();
  expect(svg.width / svg.height).toBeCloseTo(16 / 9, 3);
  expect(svg.backgrounds).toBe(0);
  expect(svg.texts).not.toContain(fixture.map.name);
  expect(svg.texts).not.toContain("LEGEND");
  // Transparent around the map, ink on it.
  expect(svg.inked).toBeGreaterThan(0);
  expect(svg.inked).toBeLessThan(Math.round(svg.width) * Math.round(svg.height));
});

test("the SVG and the 1x PNG are the same picture, pixel for pixel within antialiasing", async ({
  appPage: page,
}) => {
  await openFixtureMap(page, "small-workshop");
  await toolbarButton(page, "Export PNG").click();
  const pngDialog = page.getByRole("dialog", { name: "Export PNG" });
  await pngDialog.getByRole("radio", { name: "1x" }).check();
  const png = await downloadOf(page, () =>
    pngDialog.getByRole("button", { name: "Download" }).click(),
  );
  await pngDialog.getByRole("radio", { name: /^SVG/ }).check();
  const svgDialog = page.getByRole("dialog", { name: "Export SVG" });
  const svg = await downloadOf(page, () =>
    svgDialog.getByRole("button", { name: "Download" }).click(),
  );
  const diff = await page.evaluate(
    async ([pngBase64, svgText]) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const pixels = (image: HTMLImageElement, width: number, height: number) => {
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext("2d");
        ctx?.drawImage(image, 0, 0, width, height);
        return ctx?.getImageData(0, 0, width, height).data ?? new Uint8ClampedArray();
      };
      const bitmap = await load(`data:image/png;base64,${pngBase64}`);
      const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
      const vector = await load(url);
      URL.revokeObjectURL(url);
      const { naturalWidth: width, naturalHeight: height } = bitmap;
      const a = pixels(bitmap, width, height);
      const b = pixels(vector, width, height);
      let different = 0;
      for (let i = 0; i < a.length; i += 4) {
        const most = Math.max(
          Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
          Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
          Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
        );
        if (most > 64) different++;
      }
      return { different, total: width * height, svgWidth: vector.naturalWidth, width };
    },
    [png.bytes.toString("base64"), svg.text] as const,
  );
  expect(diff.svgWidth).toBe(diff.width);
  // Text and curves antialias a little differently (about 500 of 1.7 million pixels); one
  // moved card alone would be 11,000.
  expect(diff.different / diff.total, `${diff.different} of ${diff.total} differ`).toBeLessThan(
    0.001,
  );
});
