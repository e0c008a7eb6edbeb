import { X } from "lucide-react";
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
  /** The dialog holds changes: closing it (Escape, ×, backdrop, Cancel) asks before discarding them. */
  dirty?: boolean;
}

/** Asks the dialog around to close (through the discard question when it holds changes). */
const CloseContext = createContext<() => void>(() => {});
export const useDialogClose = () => useContext(CloseContext);

/** A nested control that is open (a dropdown panel, a combobox list) takes Escape for itself. */
function escapeIsNested(target: EventTarget | null, dialog: HTMLDialogElement): boolean {
  if (!(target instanceof Element) || target === dialog) return false;
  const el = target.closest('[aria-expanded="true"], .popover:not([hidden]), [role="listbox"]:not([hidden]), [role="menu"]');
  if (el && dialog.contains(el) && el !== dialog) return true;
  // A dropdown panel or a combobox list is open (the focus may sit elsewhere in the control).
  return !!dialog.querySelector('.popover:not([hidden]), [role="combobox"][aria-expanded="true"]');
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert (focus stays inside),
 * Escape closes it — unless a control inside it (a dropdown, a combobox) is open and takes the Escape — and focus
 * returns to where it was. With `dirty`, closing asks "discard your changes?" first.
 */
export function Dialog({ open, onClose, title, description, children, footer, wide, testId, dirty }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const returnTo = useRef<Element | null>(null);
  const nestedEscape = useRef(false);
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
      (returnTo.current as HTMLElement | null)?.focus?.();
    }
    if (!open) setAsking(false);
  }, [open]);

  useEffect(() => {
    const d = ref.current;
    return () => {
      if (d?.open) {
        d.close();
        // Shown while mounted (`{adding && <SomeDialog open />}`): focus goes back on unmount too.
        (returnTo.current as HTMLElement | null)?.focus?.();
      }
    };
  }, []);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const requestClose = () => {
    if (dirty) setAsking(true);
    else onClose();
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes; keyboard users close with Escape (the dialog's cancel event)
    <dialog
      ref={ref}
      className={`dialog${wide ? " wide" : ""}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onKeyDownCapture={(e) => {
        if (e.key !== "Escape" || !ref.current) return;
        nestedEscape.current = escapeIsNested(e.target, ref.current);
        // The nested control closes itself; the dialog stays.
        if (nestedEscape.current) e.preventDefault();
        else if (asking) {
          e.preventDefault();
          e.stopPropagation();
          setAsking(false);
        }
      }}
      onCancel={(e) => {
        e.preventDefault();
        if (nestedEscape.current || asking) {
          nestedEscape.current = false;
          return;
        }
        requestClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) requestClose();
      }}
      data-testid={testId}
    >
      {open && (
        <CloseContext.Provider value={requestClose}>
          <div className="dialog-header">
            <div>
              <h2 id={titleId}>{title}</h2>
              {description && <p id={descId}>{description}</p>}
            </div>
            <button type="button" className="btn btn-ghost btn-icon btn-sm" onClick={requestClose} aria-label={t("actions.close")}>
              <X size={16} aria-hidden />
            </button>
          </div>
          <div className="dialog-body">{children}</div>
          {asking ? (
            <div className="dialog-footer dialog-discard" role="alert" data-testid="discard-question">
              <span className="dialog-discard-text">{t("dialog.discardQuestion")}</span>
              <button type="button" className="btn" ref={keepRef} onClick={() => setAsking(false)} data-testid="discard-keep">
                {t("dialog.keepEditing")}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  setAsking(false);
                  onClose();
                }}
                data-testid="discard-confirm"
              >
                {t("dialog.discard")}
              </button>
            </div>
          ) : (
            footer && <div className="dialog-footer">{footer}</div>
          )}
        </CloseContext.Provider>
      )}
    </dialog>
  );
}
