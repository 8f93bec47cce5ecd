/**
 * The gap report as a small HTML fragment (h1, h2, p, ul, strong) for the clipboard, so
 * Outlook and Word paste it formatted. User text is escaped: a name "<b>x</b>" stays text.
 */

import type { PeerMap } from "../model";
import { gapReport, type Line, type SinceSnapshot } from "./gapReport";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const line = (runs: Line): string =>
  runs
    .map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join("");

/** The report of `map` as of `date` as HTML, the same report as {@link gapReportMarkdown}. */
export function gapReportHtml(map: PeerMap, date: string, since?: SinceSnapshot): string {
  const report = gapReport(map, date, since);
  const parts = [`<h1>${escapeHtml(report.title)}</h1>`, `<p>${line(report.byline)}</p>`];
  for (const section of report.sections) {
    parts.push(`<h2>${escapeHtml(section.heading)}</h2>`, "<ul>");
    section.items.forEach((item, i) => {
      const tasks = (section.tasks?.[i] ?? []).map((task) => `<li>☐ ${line(task)}</li>`);
      const under = tasks.length > 0 ? `<ul>${tasks.join("")}</ul>` : "";
      parts.push(`<li>${line(item)}${under}</li>`);
    });
    parts.push("</ul>");
  }
  return `${parts.join("\n")}\n`;
}
