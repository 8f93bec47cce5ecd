/** The two kinds of picture: pixels (PNG) or vectors (SVG), drawn from the same scene. */
export type PictureFormat = "png" | "svg";

/** The dialog's title, which is also how the toolbar button that opens it reads. */
export const PICTURE_EXPORT_TITLE: Readonly<Record<PictureFormat, string>> = {
  png: "Export PNG",
  svg: "Export SVG",
};
