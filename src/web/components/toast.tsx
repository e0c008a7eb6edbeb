import { CheckCircle2, AlertTriangle, Info, X } from "lucide-react";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Kind = "success" | "error" | "info";
interface Toast {
  id: number;
  kind: Kind;
  message: string;
}
interface ToastApi {
  success(message: string): void;
  error(message: string): void;
  info(message: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);
let nextId = 1;
let external: ToastApi | null = null;

/** Toasts outside React (the query client's global error handler). */
export const toast: ToastApi = {
  success: (m) => external?.success(m),
  error: (m) => external?.error(m),
  info: (m) => external?.info(m),
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (kind: Kind, message: string) => {
      const id = nextId++;
      // One message at a time: a new one replaces what is shown (an error stays beside a later success, so it is read).
      setToasts((ts) => [
        ...(kind === "success" ? [] : ts.filter((x) => x.kind === "error" && x.message !== message).slice(-1)),
        { id, kind, message },
      ]);
      setTimeout(() => dismiss(id), kind === "error" ? 9000 : 5000);
    },
    [dismiss],
  );
  const value = useMemo<ToastApi>(
    () => ({ success: (m) => push("success", m), error: (m) => push("error", m), info: (m) => push("info", m) }),
    [push],
  );
  external = value;
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite" aria-atomic="false">
        {toasts.map((x) => (
          <div key={x.id} className={`toast ${x.kind}`} data-testid={`toast-${x.kind}`}>
            {x.kind === "success" ? (
              <CheckCircle2 size={18} aria-hidden />
            ) : x.kind === "error" ? (
              <AlertTriangle size={18} aria-hidden />
            ) : (
              <Info size={18} aria-hidden />
            )}
            <span>{x.message}</span>
            <button type="button" onClick={() => dismiss(x.id)} aria-label={t("actions.dismiss")}>
              <X size={16} aria-hidden />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error("useToast outside ToastProvider");
  return ctx;
}
