import { describe, expect, it } from "vitest";
import { escapeHtml, markdownToHtml } from "./knowledge.markdown.js";

describe("markdownToHtml", () => {
  it("renders Markdown and shows raw HTML as text", () => {
    expect(markdownToHtml("# Title\n\n- **one**")).toBe("<h1>Title</h1>\n<ul>\n<li><strong>one</strong></li>\n</ul>\n");
    const html = markdownToHtml('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });
  it("refuses script links", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4="])
      expect(markdownToHtml(`[x](${href})`)).not.toContain("<a");
    expect(markdownToHtml("[ok](https://example.org)")).toContain('<a href="https://example.org">');
  });
  it("escapes text for HTML", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
