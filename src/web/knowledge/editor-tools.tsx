import { FileUp, ImagePlus, Link2, Trash2 } from "lucide-react";
import { type ChangeEvent, type MutableRefObject, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { itemHref } from "../../domains/knowledge/knowledge.rules";
import { Dialog } from "../components/dialog";
import { FormError } from "../components/field";
import { useToast } from "../components/toast";
import { type KnowledgeItem, useDeleteKnowledgeFile, useKnowledgeSearch, useUploadKnowledgeFile } from "./api";
import { formatBytes, markdownText } from "./files";
import type { MarkdownEditorApi } from "./markdown-editor";

const IMAGE_TYPES = "image/png,image/jpeg,image/webp";

/**
 * The editor's tools above the Markdown: insert an image (uploaded to the item, then written as `![alt](url)` at the
 * cursor), attach a document (listed on the item page), link to another item (a search picker writing
 * `[title](/knowledge/<id>)`), and the item's files. Files need a saved item: a new one is saved first.
 */
export function EditorTools({ item, editor }: { item?: KnowledgeItem; editor: MutableRefObject<MarkdownEditorApi | null> }) {
  const { t } = useTranslation("knowledge");
  const [picking, setPicking] = useState(false);
  return (
    <div className="kn-editor-tools-wrap">
      <div className="kn-editor-tools" role="toolbar" aria-label={t("files.tools")}>
        {item ? <Uploads item={item} editor={editor} /> : <span className="muted small">{t("files.saveFirst")}</span>}
        <button type="button" className="btn btn-sm" onClick={() => setPicking(true)} data-testid="knowledge-link-item">
          <Link2 size={14} aria-hidden /> {t("files.linkItem")}
        </button>
      </div>
      {picking && (
        <ItemPicker
          exclude={item?.id}
          onClose={() => setPicking(false)}
          onPick={(k) => {
            const words = editor.current?.selection() || k.title;
            editor.current?.insert(`[${markdownText(words)}](${itemHref(k.id)})`);
            setPicking(false);
          }}
        />
      )}
      {item && item.files.length > 0 && <FileList item={item} />}
    </div>
  );
}

function Uploads({ item, editor }: { item: KnowledgeItem; editor: MutableRefObject<MarkdownEditorApi | null> }) {
  const { t } = useTranslation("knowledge");
  const toast = useToast();
  const upload = useUploadKnowledgeFile(item.id);
  const image = useRef<HTMLInputElement>(null);
  const doc = useRef<HTMLInputElement>(null);
  const send = (asImage: boolean) => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (f) => {
        if (asImage) editor.current?.insert(`\n\n![${markdownText(f.filename.replace(/\.[a-z0-9]+$/i, ""))}](${f.url})\n\n`);
        toast.success(t(asImage ? "files.imageInserted" : "files.attached", { name: f.filename }));
      },
    });
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => image.current?.click()}
        disabled={upload.isPending}
        data-testid="knowledge-insert-image"
      >
        <ImagePlus size={14} aria-hidden /> {t("files.insertImage")}
      </button>
      <input ref={image} type="file" accept={IMAGE_TYPES} hidden onChange={send(true)} data-testid="knowledge-image-input" />
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => doc.current?.click()}
        disabled={upload.isPending}
        data-testid="knowledge-attach-file"
      >
        <FileUp size={14} aria-hidden /> {t("files.attach")}
      </button>
      <input ref={doc} type="file" hidden onChange={send(false)} data-testid="knowledge-file-input" />
      {upload.isPending && <span className="muted small">{t("files.uploading")}</span>}
      {upload.error && <FormError error={upload.error} />}
    </>
  );
}

function FileList({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation("knowledge");
  const remove = useDeleteKnowledgeFile(item.id);
  return (
    <ul className="kn-files" aria-label={t("files.attachments")} data-testid="knowledge-editor-files">
      {item.files.map((f) => (
        <li key={f.id}>
          <a href={f.url} download={f.filename}>
            {f.filename}
          </a>
          <span className="muted">{formatBytes(f.size)}</span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => remove.mutate(f.id)}
            disabled={remove.isPending}
            aria-label={t("files.remove", { name: f.filename })}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Search the hub for an item to link to. */
function ItemPicker({
  exclude,
  onClose,
  onPick,
}: {
  exclude?: string;
  onClose: () => void;
  onPick: (k: { id: string; title: string }) => void;
}) {
  const { t } = useTranslation("knowledge");
  const [q, setQ] = useState("");
  const found = useKnowledgeSearch(q, true);
  const items = (found.data?.items ?? []).filter((k) => k.id !== exclude);
  return (
    <Dialog open onClose={onClose} title={t("files.linkItem")} description={t("files.linkItemHint")} testId="knowledge-link-picker">
      <div className="kn-picker">
        <input
          className="input"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("list.searchPlaceholder")}
          aria-label={t("files.linkSearch")}
          data-testid="knowledge-link-search"
          // biome-ignore lint/a11y/noAutofocus: the dialog opens for this search
          autoFocus
        />
        {items.length === 0 ? (
          <p className="muted small">{found.data ? t("files.noMatch") : t("loading", { ns: "common" })}</p>
        ) : (
          <ul>
            {items.map((k) => (
              <li key={k.id}>
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => onPick(k)} data-testid="knowledge-link-choice">
                  {k.title}{" "}
                  <span className="muted small">
                    · {t(`kinds.${k.kind}`)} · {k.language.toUpperCase()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
