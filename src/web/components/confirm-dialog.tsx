import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "./dialog";

interface ConfirmProps {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void | Promise<void>;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** When set, the user must type this word before the button unlocks (strong confirmation). */
  typeToConfirm?: string;
  busy?: boolean;
  disabled?: boolean;
}

/** Asks before a consequential action; with `typeToConfirm`, asks the user to type a word. */
export function ConfirmDialog({
  open,
  onClose,
  onConfirm,
  title,
  description,
  children,
  confirmLabel,
  danger,
  typeToConfirm,
  busy,
  disabled,
}: ConfirmProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const locked = !!typeToConfirm && typed.trim() !== typeToConfirm;
  const close = () => {
    setTyped("");
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={description}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t("actions.cancel")}
          </button>
          <button
            type="button"
            className={`btn ${danger ? "btn-danger" : "btn-primary"}`}
            disabled={locked || busy || disabled}
            onClick={() => void onConfirm()}
            data-testid="confirm-button"
          >
            {busy && <span className="spinner" aria-hidden />}
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="stack">
        {children}
        {typeToConfirm && (
          <div className="field">
            <label htmlFor="confirm-type">{t("confirm.typeToConfirm", { word: typeToConfirm })}</label>
            <input id="confirm-type" className="input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </div>
        )}
      </div>
    </Dialog>
  );
}
