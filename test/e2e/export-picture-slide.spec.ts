/**
 * The picture dialog for a meeting: a live preview beside the choices that follows them, a
 * "1920 × 1080 slide" size that downloads exactly 1920 × 1080 px, and "Add the top gaps
 * beside the map", which draws the gaps panel's most severe gaps, in its words, by the map.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { downloadOf, toolbarButton } from "./support/downloads";
import { cardByName, EDITOR_VIEWPORT, gapsPanel, openSampleMap } from "./support/editor";
import { goHome } from "./support/home";
import { decodePng, pngSize } from "./support/png";

test.use({ viewport: EDITOR_VIEWPORT });

async function openPictureDialog(page: Page, format: "PNG" | "SVG" = "PNG"): Promise<Locator> {
  await goHome(page);
  await openSampleMap(page);
  await toolbarButton(page, `Export ${format}`).click();
  const dialog = page.getByRole("dialog", { name: `Export ${format}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The preview's pixels as a data URL, and its size on screen. */
const previewOf = (dialog: Locator) =>
  dialog.getByRole("img", { name: "Preview of the picture" }).evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    return { url: canvas.toDataURL(), width: canvas.width, height: canvas.height };
  });

/** The gaps panel's messages, most severe first, as a person reads them. */
async function panelGapMessages(page: Page): Promise<string[]> {
  const messages = await gapsPanel(page).locator(".gaps-message").allTextContents();
  return messages.map((text) => text.replace(/^(Critical|Warning|Info): /, "").trim());
}

test("the picture dialog previews the picture and redraws it when an option changes", async ({
  appPage: page,
}) => {
  const dialog = await openPictureDialog(page);
  const preview = dialog.getByRole("img", { name: "Preview of the picture" });
  await expect(preview).toBeVisible();
  // Described in words, for those who cannot see it.
  const description = await preview.getAttribute("aria-describedby");
  expect(description).toBeTruthy();
  const caption = dialog.locator(`[id="${description}"]`);
  await expect(caption).toContainText("with title and legend");
  await expect(caption).not.toContainText("top gaps");
  // Drawn: not a blank canvas.
  await expect.poll(async () => (await previewOf(dialog)).width).toBeGreaterThan(100);
  const blank = await preview.evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < (pixels?.length ?? 0); i += 4) {
      if (pixels && (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255)) {
        inked++;
      }
    }
    return inked;
  });
  expect(blank).toBeGreaterThan(1000);
  const before = await previewOf(dialog);

  await dialog.getByRole("checkbox", { name: "Add the top gaps beside the map" }).check();
  await expect(caption).toContainText("the top gaps beside the map");
  // The picture got wider for the box: the preview follows (polled on the shape itself, since
  // a redraw can land in more than one step).
  await expect
    .poll(async () => {
      const { width, height } = await previewOf(dialog);
      return width / height;
    })
    .toBeGreaterThan(before.width / before.height);

  await dialog.getByRole("radio", { name: "1920 × 1080 slide" }).check();
  await expect(caption).toContainText("1,920 × 1,080 px");
  await expect
    .poll(async () => {
      const { width, height } = await previewOf(dialog);
      return Math.abs(width / height - 16 / 9);
    })
    .toBeLessThan(0.02);
});

test("the 1920 × 1080 slide downloads a PNG of exactly 1920 × 1080 px, whatever the scale", async ({
  appPage: page,
}) => {
  test.slow();
  const dialog = await openPictureDialog(page);
  await dialog.getByRole("radio", { name: "3x" }).check();
  await dialog.getByRole("radio", { name: "1920 × 1080 slide" }).check();
  // Scale and letterbox do not apply: the size is the slide's.
  await expect(dialog.getByRole("radio", { name: "2x" })).toBeDisabled();
  await expect(dialog.getByText("A 1920 × 1080 slide has its own size")).toBeVisible();
  await expect(dialog.getByRole("checkbox", { name: "Fit to 16:9 slide" })).toBeDisabled();
  await expect(dialog.getByTestId("export-png-size")).toHaveText("Picture: 1,920 × 1,080 px");

  for (const topGaps of [false, true]) {
    await dialog
      .getByRole("checkbox", { name: "Add the top gaps beside the map" })
      .setChecked(topGaps);
    const file = await downloadOf(page, () =>
      dialog.getByRole("button", { name: "Download" }).click(),
    );
    expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
    const png = decodePng(file.bytes);
    // The map fills the slide within its margin: ink near the left, the right and the top…
    const inkedColumns = new Set<number>();
    const inkedRows = new Set<number>();
    for (let y = 0; y < png.height; y += 4) {
      for (let x = 0; x < png.width; x += 4) {
        const i = (y * png.width + x) * 4;
        if ((png.rgba[i] ?? 255) < 200) {
          inkedColumns.add(x);
          inkedRows.add(y);
        }
      }
    }
    const [left, right] = [Math.min(...inkedColumns), Math.max(...inkedColumns)];
    const [top, bottom] = [Math.min(...inkedRows), Math.max(...inkedRows)];
    // …and nothing in the 48 px margin round the edge.
    expect(left).toBeGreaterThanOrEqual(48);
    expect(right).toBeLessThan(1920 - 48);
    expect(top).toBeGreaterThanOrEqual(48);
    expect(bottom).toBeLessThan(1080 - 48);
    // Fitted: it reaches the margin on two opposite sides (centred, so within a few px).
    const fitsWidth = left < 48 + 60 && right > 1920 - 48 - 60;
    const fitsHeight = top < 48 + 60 && bottom > 1080 - 48 - 60;
    expect(fitsWidth || fitsHeight, `ink from (${left}, ${top}) to (${right}, ${bottom})`).toBe(
      true,
    );
  }
});

test("the top gaps go into the picture beside the map, in the gaps panel's words", async ({
  appPage: page,
}) => {
  const dialog = await openPictureDialog(page, "SVG");
  const gaps = await panelGapMessages(page);
  expect(gaps.length).toBeGreaterThan(0);
  const texts = async () => {
    const file = await downloadOf(page, () =>
      dialog.getByRole("button", { name: "Download" }).click(),
    );
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        width: Number(doc.documentElement.getAttribute("width")),
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      };
    }, file.text);
  };
  const without = await texts();
  expect(without.texts.some((t) => t.startsWith("Top gaps"))).toBe(false);

  await dialog.getByRole("checkbox", { name: "Add the top gaps beside the map" }).check();
  const withGaps = await texts();
  // A box 440 wide and its margin, beside the map.
  expect(withGaps.width - without.width).toBeCloseTo(480, 0);
  const title = withGaps.texts.find((t) => t.startsWith("Top gaps"));
  expect(title).toMatch(/^Top gaps \(\d+( of \d+)?\)$/);
  // The most severe gaps first, in the very words of the panel (wrapped over lines).
  const box = withGaps.texts.slice(withGaps.texts.indexOf(title ?? ""));
  const listed: string[] = [];
  for (const text of box.slice(1)) {
    if (/^(CRITICAL|WARNING|INFO)$/.test(text)) listed.push("");
    else if (/ more in Peermap's gaps panel\.$/.test(text)) break;
    else if (listed.length > 0) listed[listed.length - 1] = `${listed.at(-1)} ${text}`.trim();
  }
  expect(listed.length).toBeGreaterThan(0);
  expect(title).toBe(
    listed.length === gaps.length
      ? `Top gaps (${gaps.length})`
      : `Top gaps (${listed.length} of ${gaps.length})`,
  );
  listed.forEach((message, i) => {
    // A message longer than three lines ends in "…".
    if (message.endsWith("…")) expect(gaps[i]).toContain(message.slice(0, -1).trim());
    else expect(message).toBe(gaps[i]);
  });
});

test("a title too long for one line shows on two, on the canvas and in the picture alike", async ({
  appPage: page,
}) => {
  await goHome(page);
  await openSampleMap(page);
  const priya = cardByName(page, "Priya Nair");
  // On the canvas: two lines of title, none cut with "…", and the tier line gives way.
  const onCanvas = await priya.locator(".person-card-title").evaluate((node) => {
    const title = node as HTMLElement;
    const lineHeight = Number.parseFloat(getComputedStyle(title).lineHeight);
    const range = document.createRange();
    range.selectNodeContents(title);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return {
      lines: lines.size,
      // Layout px, whatever the zoom.
      height: Math.round(title.offsetHeight / lineHeight),
      clipped: title.scrollHeight > title.clientHeight + 1,
    };
  });
  expect(onCanvas).toEqual({ lines: 2, height: 2, clipped: false });
  const tier = await priya.locator(".person-card-tier").boundingBox();
  const sub = await priya.locator(".person-card-sub").boundingBox();
  expect(tier && sub && tier.y >= sub.y + sub.height).toBe(true);
  // A title that fits keeps one line and its tier.
  await expect(cardByName(page, "Dana Whitfield").locator(".person-card-tier")).toBeInViewport();

  // In the picture: the same two lines, as text of an SVG.
  await toolbarButton(page, "Export SVG").click();
  const dialog = page.getByRole("dialog", { name: "Export SVG" });
  const file = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  const texts = await page.evaluate(
    (text) =>
      [...new DOMParser().parseFromString(text, "image/svg+xml").querySelectorAll("text")].map(
        (t) => t.textContent ?? "",
      ),
    file.text,
  );
  const at = texts.indexOf("Priya Nair");
  expect(texts.slice(at, at + 3)).toEqual(["Priya Nair", "Director, Strategic", "Alliances"]);
  expect(texts.some((t) => t.startsWith("Director, Strategic") && t.endsWith("…"))).toBe(false);
});
