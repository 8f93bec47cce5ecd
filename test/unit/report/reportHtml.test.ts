import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapReport } from "../../../src/domain/report/gapReport";
import { escapeHtml, gapReportHtml } from "../../../src/domain/report/reportHtml";
import { gapReportMarkdown } from "../../../src/domain/report/reportMarkdown";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";

/** The tags the report may use; anything else in the HTML came from user text. */
const ALLOWED_TAGS = new Set(["h1", "h2", "p", "ul", "li", "strong"]);
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)[^>]*>/gi)].map((m) => m[1]);

const unescapeHtml = (text: string) =>
  text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

/** The words a reader sees, whichever renderer wrote them. */
const wordsOfHtml = (html: string) =>
  html
    .split("\n")
    .map((line) => unescapeHtml(line.replace(/<[^>]+>/g, "")))
    .filter((line) => line !== "");
const wordsOfMarkdown = (markdown: string) =>
  markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^#+ |^- /, "")
        .replace(/\*\*/g, "")
        .replace(/\\(.)/g, "$1"),
    )
    .filter((line) => line !== "");

describe("gapReportHtml: the small workshop", () => {
  const map = loadFixture("small-workshop");
  const html = gapReportHtml(map, "2024-05-14");

  it("has headings, bold and lists, and leaves out the empty Critical section", () => {
    const lines = html.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "<h1>Gap report: Acme Software x Globex Cloud</h1>",
      "<p><strong>Acme Software</strong> × <strong>Globex Cloud</strong> · 2024-05-14</p>",
      "<h2>Summary</h2>",
      "<ul>",
      "<li>Coverage: <strong>50%</strong> of staffed tiers have a healthy link between peers (healthy means 3 Working or stronger); <strong>53%</strong> of placed people have a healthy link to a peer of their tier.</li>",
    ]);
    expect(lines.filter((line) => line.startsWith("<h2>"))).toEqual([
      "<h2>Summary</h2>",
      "<h2>Tier health</h2>",
      "<h2>Warning (3)</h2>",
      "<h2>Info (4)</h2>",
      "<h2>Weak and strained relationships (1)</h2>",
    ]);
    expect(html).toContain(
      "<li><strong>Olivia Grant</strong> (Acme Software, Marketing) – <strong>Hannah Weiss</strong> (Globex Cloud, Marketing): 2 Weak; last contact 2024-01-15. Joint webinar slipped twice; needs a reset.</li>",
    );
    expect(html).not.toContain("Critical");
    expect(html).not.toContain("None.");
  });

  it("says exactly what the Markdown says", () => {
    expect(wordsOfHtml(html)).toEqual(wordsOfMarkdown(gapReportMarkdown(map, "2024-05-14")));
  });
});

describe("gapReportHtml: user text stays text", () => {
  it("escapes a person named <b>x</b>, quotes and ampersands", () => {
    const map = aMap()
      .named(`Q3 <script>alert("x")</script> & co`)
      .withOrgs("A&B <i>", "C's")
      .withTiers("Sales")
      .withPerson("x", { org: "a", tier: "Sales", name: "<b>x</b>" })
      .withPerson("y", { org: "b", tier: "Sales", name: "Y" })
      .withLink("x", "y", 1, { notes: '<img src=x onerror="alert(1)">' })
      .build();
    const html = gapReportHtml(map, "2025-01-02");
    expect(html).toContain(
      "<h1>Gap report: Q3 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h1>",
    );
    expect(html).toContain("<strong>&lt;b&gt;x&lt;/b&gt;</strong> (A&amp;B &lt;i&gt;, Sales)");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(new Set(tagsOf(html))).toEqual(new Set(["h1", "h2", "p", "ul", "li", "strong"]));
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("uses only its own tags and says what the Markdown says, for any map", () => {
    fc.assert(
      fc.property(arbPeerMap(), fc.string({ maxLength: 20 }), (map, name) => {
        const named = { ...map, name };
        const html = gapReportHtml(named, "2025-01-02");
        for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag ?? "")).toBe(true);
        expect(wordsOfHtml(html)).toEqual(wordsOfMarkdown(gapReportMarkdown(named, "2025-01-02")));
      }),
      { numRuns: 100 },
    );
  });
});

describe("gapReport: the structure both renderers write", () => {
  it("leaves out every section with nothing in it, for any map", () => {
    fc.assert(
      fc.property(arbPeerMap(), (map) => {
        const report = gapReport(map, "2025-01-02");
        expect(report.sections[0]?.heading).toBe("Summary");
        for (const section of report.sections) expect(section.items.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
