/**
 * The `test` every e2e spec imports (instead of the one from @playwright/test):
 *
 *   import { expect, test } from "./fixtures";
 *
 *   test("does a thing", async ({ appPage }) => { ... });
 *
 * What it adds:
 * - `baseURL`: the vite preview server started by global-setup.ts, so `page.goto("/")` works.
 * - Browser-error guard: every page of the test's `context` (so `page`, `appPage` and popups)
 *   is watched for console errors, uncaught page errors, failed requests and HTTP responses
 *   >= 400. If any occurred, the test fails after it runs, listing them (Playwright's failure
 *   screenshot and trace are kept as usual).
 *   Pages from a hand-made `browser.newContext()` are not watched.
 * - `appPage`: `page`, already on the app's start page with the app mounted.
 *
 * Expected errors must be allowed explicitly, by substring, RegExp or predicate:
 *
 *   test.use({ allowedAppIssues: [/favicon\.ico/] });              // whole file / describe
 *   test("...", async ({ appPage, appIssues }) => {
 *     appIssues.allow({ kind: "http-error", match: "/missing.json" }); // this test only
 *   });
 */
import { test as base, type ConsoleMessage, type Page } from "@playwright/test";
import { BASE_URL_ENV } from "./env";

export { expect } from "@playwright/test";

export type AppIssueKind = "console-error" | "page-error" | "request-failed" | "http-error";

export interface AppIssue {
  kind: AppIssueKind;
  /** Human-readable description (console text, error message, "404 GET <url>", ...). */
  message: string;
  /** The resource involved, when there is one. */
  url?: string;
}

type TextMatcher = string | RegExp;

/**
 * A substring/RegExp (tested against the message and the URL), a predicate, or
 * `{ kind, match }` to also restrict the issue kind.
 */
export type AppIssueMatcher =
  | TextMatcher
  | ((issue: AppIssue) => boolean)
  | { kind: AppIssueKind; match?: TextMatcher };

export class AppIssueRecorder {
  readonly #issues: AppIssue[] = [];
  readonly #allowed: AppIssueMatcher[];

  constructor(allowed: readonly AppIssueMatcher[] = []) {
    this.#allowed = [...allowed];
  }

  record(issue: AppIssue): void {
    this.#issues.push(issue);
  }

  /** Allow matching issues for the rest of this test (also those already recorded). */
  allow(...matchers: AppIssueMatcher[]): void {
    this.#allowed.push(...matchers);
  }

  /** Everything recorded so far, allowed or not. */
  get all(): readonly AppIssue[] {
    return [...this.#issues];
  }

  /** Recorded issues no matcher allows; the test fails if this is non-empty at its end. */
  get unexpected(): AppIssue[] {
    return this.#issues.filter((issue) => !this.#allowed.some((m) => matches(m, issue)));
  }
}

function matchesText(matcher: TextMatcher, issue: AppIssue): boolean {
  const texts = issue.url === undefined ? [issue.message] : [issue.message, issue.url];
  if (typeof matcher === "string") return texts.some((text) => text.includes(matcher));
  return texts.some((text) => {
    matcher.lastIndex = 0;
    return matcher.test(text);
  });
}

function matches(matcher: AppIssueMatcher, issue: AppIssue): boolean {
  if (typeof matcher === "function") return matcher(issue);
  if (typeof matcher === "string" || matcher instanceof RegExp) return matchesText(matcher, issue);
  return (
    matcher.kind === issue.kind &&
    (matcher.match === undefined || matchesText(matcher.match, issue))
  );
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text();
}

export function formatIssues(issues: readonly AppIssue[]): string {
  return issues.map((issue) => `  - [${issue.kind}] ${issue.message}`).join("\n");
}

interface Fixtures {
  /** Issues to tolerate for every test in scope; set with `test.use({ allowedAppIssues })`. */
  allowedAppIssues: AppIssueMatcher[];
  /** This test's browser-error recorder: inspect it or `allow(...)` expected issues. */
  appIssues: AppIssueRecorder;
  /** `page`, navigated to the app's start page, with the app mounted in #root. */
  appPage: Page;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern.
  baseURL: async ({}, use) => {
    const url = process.env[BASE_URL_ENV];
    if (!url) {
      throw new Error(
        `${BASE_URL_ENV} is not set: run the e2e tests with ` +
          "`npm run test:e2e` (or `playwright test --config test/e2e/playwright.config.ts`), " +
          "whose global setup starts the preview server.",
      );
    }
    await use(url);
  },

  allowedAppIssues: [[], { option: true }],

  appIssues: async ({ allowedAppIssues }, use) => {
    await use(new AppIssueRecorder(allowedAppIssues));
  },

  context: async ({ context, appIssues }, use, testInfo) => {
    context.on("console", (message) => {
      if (message.type() === "error") {
        appIssues.record({
          kind: "console-error",
          message: describeConsole(message),
          url: message.location().url,
        });
      }
    });
    context.on("weberror", (webError) => {
      const error = webError.error();
      const { url, line } = webError.location();
      const where = url ? ` (at ${url}:${line + 1})` : "";
      appIssues.record({
        kind: "page-error",
        message: `${error.name}: ${error.message}${where}`,
        url,
      });
    });
    context.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "unknown error";
      appIssues.record({
        kind: "request-failed",
        message: `${request.method()} ${request.url()} failed: ${reason}`,
        url: request.url(),
      });
    });
    context.on("response", (response) => {
      if (response.status() >= 400) {
        const request = response.request();
        appIssues.record({
          kind: "http-error",
          message: `${response.status()} ${response.statusText()} for ${request.method()} ${response.url()}`,
          url: response.url(),
        });
      }
    });

    await use(context);

    const unexpected = appIssues.unexpected;
    if (unexpected.length === 0) return;
    const report = formatIssues(unexpected);
    await testInfo.attach("app-issues.txt", { body: report, contentType: "text/plain" });
    throw new Error(
      `The app reported ${unexpected.length} browser error(s) during the test:\n${report}\n` +
        "If they are expected, allow them with `appIssues.allow(...)` or " +
        "`test.use({ allowedAppIssues: [...] })` (see test/e2e/fixtures.ts).",
    );
  },

  appPage: async ({ page }, use) => {
    await page.goto("/");
    await page.locator("#root > *").first().waitFor({ state: "attached" });
    await use(page);
  },
});
