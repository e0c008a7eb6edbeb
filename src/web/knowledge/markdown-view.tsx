import { type MouseEvent, useMemo } from "react";
import { useNavigate } from "react-router-dom";
import { ITEM_LINK } from "../../domains/knowledge/knowledge.rules";
import { readerResolver, renderMarkdown } from "./markdown";

/**
 * An item's body, rendered from Markdown and sanitised (see markdown.ts). `links`: the linked items the reader may
 * read (a link to any other item shows as plain text); without it every item link is kept (the editor's preview).
 */
export function MarkdownView({ source, links, testId }: { source: string; links?: Array<{ id: string }>; testId?: string }) {
  const navigate = useNavigate();
  const html = useMemo(() => renderMarkdown(source, readerResolver(links?.map((l) => l.id))), [source, links]);
  // Links to other items stay inside the app (no full page load).
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = (e.target as HTMLElement).closest("a");
    const href = a?.getAttribute("href") ?? "";
    if (a && ITEM_LINK.test(href) && !e.metaKey && !e.ctrlKey && !e.shiftKey && e.button === 0) {
      e.preventDefault();
      navigate(href);
    }
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the links inside are the interactive elements; this only routes their clicks
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify after rendering without raw HTML
    <div className="markdown" data-testid={testId} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
