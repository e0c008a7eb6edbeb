import { useEffect, useId, useRef, useState, type ReactNode } from "react";

interface PopoverProps {
  trigger: ReactNode;
  triggerClassName?: string;
  triggerLabel?: string;
  align?: "left" | "right";
  panelLabel?: string;
  testId?: string;
  triggerId?: string;
  children: (close: () => void) => ReactNode;
}

/** A disclosure button with a floating panel; closes on Escape (focus back to the button) and on outside click. */
export function Popover({
  trigger,
  triggerClassName,
  triggerLabel,
  align = "left",
  panelLabel,
  testId,
  triggerId,
  children,
}: PopoverProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        // Escape closes the panel, not the dialog the popover may sit in.
        e.preventDefault();
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        ref={button}
        id={triggerId}
        type="button"
        className={triggerClassName}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={triggerLabel}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        {trigger}
      </button>
      {open && (
        <div id={id} className={`popover ${align === "right" ? "right" : ""}`} role="group" aria-label={panelLabel}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
