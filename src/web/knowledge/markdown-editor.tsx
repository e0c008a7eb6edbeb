import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder as cmPlaceholder } from "@codemirror/view";
import { type MutableRefObject, useEffect, useRef } from "react";

/** What the page may do with the editor: insert text at the cursor (replacing the selection). */
export interface MarkdownEditorApi {
  insert(text: string): void;
  /** The selected text (a link's words). */
  selection(): string;
}

interface MarkdownEditorProps {
  id: string;
  /** The field's name, read by screen readers (a label's `for` cannot point at an editable div). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  /** Set to the editor's API once it exists. */
  apiRef?: MutableRefObject<MarkdownEditorApi | null>;
}

/**
 * The Markdown editor of the knowledge hub: CodeMirror 6 with Markdown highlighting, undo history and line
 * wrapping. It lives in the editor page's own chunk, so only that page loads it.
 */
export default function MarkdownEditor({ id, label, value, onChange, placeholder, apiRef, ...aria }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          cmPlaceholder(placeholder ?? ""),
          EditorView.contentAttributes.of({
            id,
            "aria-multiline": "true",
            // Focusable as such, so the scrolling region around it counts as keyboard-reachable (axe).
            tabindex: "0",
            role: "textbox",
            "aria-label": label,
            ...(aria["aria-describedby"] ? { "aria-describedby": aria["aria-describedby"] } : {}),
            ...(aria["aria-invalid"] ? { "aria-invalid": "true" } : {}),
            "data-testid": "markdown-editor",
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) changed.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    if (apiRef)
      apiRef.current = {
        insert(text) {
          const { from, to } = v.state.selection.main;
          v.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } });
          v.focus();
        },
        selection() {
          const { from, to } = v.state.selection.main;
          return v.state.sliceDoc(from, to);
        },
      };
    return () => {
      v.destroy();
      view.current = null;
      if (apiRef) apiRef.current = null;
    };
    // The editor is created once; later values from outside are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} className="md-editor" />;
}
