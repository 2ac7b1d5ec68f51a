import { test as base, expect } from "@playwright/test";

/**
 * The `test` every spec uses: Playwright's, plus a check that no page broke the
 * Content-Security-Policy (Finding 4). A blocked script or connection is often silent on
 * screen (a button that does nothing, a kiosk that never sees the card), so any violation
 * the browser reports fails the test that caused it, naming the directive and what it blocked.
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`[csp-violation] ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`);
        });
      });
      page.on("console", (message) => {
        const text = message.text();
        if (text.startsWith("[csp-violation]") || (message.type() === "error" && text.includes("Content Security Policy"))) {
          violations.push(text);
        }
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
