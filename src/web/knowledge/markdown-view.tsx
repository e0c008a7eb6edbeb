import { useMemo } from "react";
import { renderMarkdown } from "./markdown";

/** An item's body, rendered from Markdown and sanitised (see markdown.ts). */
export function MarkdownView({ source, testId }: { source: string; testId?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify after rendering without raw HTML
  return <div className="markdown" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
