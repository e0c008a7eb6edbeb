import { describe, expect, it } from "vitest";
import { escapeHtml, markdownToHtml } from "./knowledge.markdown.js";
import { linkedItemIds } from "./knowledge.rules.js";

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
  it("resolves item links and images for the reader; drops the rest to text", () => {
    const a = "0b6c3f3e-1111-4a4a-8b8b-000000000001";
    const hidden = "0b6c3f3e-1111-4a4a-8b8b-000000000002";
    const file = "0b6c3f3e-1111-4a4a-8b8b-0000000000f1";
    const src = `[seen](/knowledge/${a}) [unseen](/knowledge/${hidden}) ![pic](/api/v1/knowledge/${a}/files/${file}) ![ext](https://example.org/x.png) ![pix](http://t.example/p.gif)`;
    const html = markdownToHtml(src, {
      itemLink: (id) => (id === a ? `/pub/${id}` : null),
      file: (item, f) => `/pub/${item}/files/${f}`,
    });
    expect(html).toContain(`<a href="/pub/${a}">seen</a>`);
    expect(html).toContain('<span class="unavailable-link">unseen</span>');
    expect(html).not.toContain(hidden);
    expect(html).toContain(`<img src="/pub/${a}/files/${file}" alt="pic">`);
    expect(html).toContain('<a href="https://example.org/x.png">ext</a>');
    expect(html).not.toContain("t.example");
    // Without a resolver nothing of ours survives: no item link, no image.
    expect(markdownToHtml(src)).not.toMatch(/<img|href="\/knowledge/);
    expect(linkedItemIds(`${src} [again](/knowledge/${a.toUpperCase()})`)).toEqual([a, hidden]);
  });
});
