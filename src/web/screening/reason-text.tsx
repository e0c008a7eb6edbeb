import "./lists.css";
import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** A reason (list entry, sector risk) in a table cell: three lines, and the whole text on request (long casework notes stay readable). */
export function ReasonText({ text }: { text: string }) {
  const { t } = useTranslation("lists");
  const [open, setOpen] = useState(false);
  // Offer the whole text when the three lines really cut it (a narrow column cuts a short reason too).
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || open) return;
    const check = () => setCut(el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, open]);
  const long = open || cut || text.length > 140 || text.split("\n").length > 3;
  return (
    <>
      <span ref={ref} className={open ? "lists-reason-full" : "lists-reason"}>
        {text}
      </span>
      {long && (
        <button
          type="button"
          className="link-button"
          style={{ fontSize: "var(--text-sm)", display: "block" }}
          onClick={() => setOpen((x) => !x)}
          aria-expanded={open}
        >
          {open ? t("page.less") : t("page.more")}
        </button>
      )}
    </>
  );
}
