import "./lists.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A reason (list entry, sector risk) in a table cell: three lines, and the whole text on request (long casework notes stay readable). */
export function ReasonText({ text }: { text: string }) {
  const { t } = useTranslation("lists");
  const [open, setOpen] = useState(false);
  const long = text.length > 140 || text.split("\n").length > 3;
  return (
    <>
      <span className={open ? "lists-reason-full" : "lists-reason"}>{text}</span>
      {long && (
        <button type="button" className="link-button" style={{ fontSize: "var(--text-sm)", display: "block" }} onClick={() => setOpen((x) => !x)} aria-expanded={open}>
          {open ? t("page.less") : t("page.more")}
        </button>
      )}
    </>
  );
}
