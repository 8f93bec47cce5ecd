/**
 * The gap report as plain Markdown (headings, bullets, bold), nothing exotic, so it reads well
 * both rendered and as raw text.
 */

import type { PeerMap } from "../model";
import { gapReport, type Line, type SinceSnapshot } from "./gapReport";

/** Characters Markdown would read as formatting, escaped, so "*Ops*" cannot restyle a report. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, "\\$&");

const line = (runs: Line): string =>
  runs
    .map((run) => (run.bold ? `**${escapeMarkdown(run.text)}**` : escapeMarkdown(run.text)))
    .join("");

/** The report of `map` as of `date` as Markdown, ending with a line break. */
export function gapReportMarkdown(map: PeerMap, date: string, since?: SinceSnapshot): string {
  const report = gapReport(map, date, since);
  const lines = [`# ${escapeMarkdown(report.title)}`, "", line(report.byline)];
  for (const section of report.sections) {
    lines.push("", `## ${escapeMarkdown(section.heading)}`, "");
    section.items.forEach((item, i) => {
      lines.push(`- ${line(item)}`);
      for (const task of section.tasks?.[i] ?? []) lines.push(`  - [ ] ${line(task)}`);
    });
  }
  return `${lines.join("\n")}\n`;
}
