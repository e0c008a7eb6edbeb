import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";
import i18n from "./lib/i18n";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { ErrorBoundary } from "./app/error-boundary";
import { queryClient } from "./app/query-client";
import { AppRoutes, preloadRoute } from "./app/routes";
import { ToastProvider } from "./components/toast";
import { unusedPreloads } from "./lib/api";

/** Shown while the first translations load: says "loading" in the language the interface will start in. */
function Boot() {
  return (
    <div
      className="center-fill"
      role="status"
      aria-label={i18n.t("common:loading", { defaultValue: i18n.language === "de" ? "Wird geladen …" : "Loading…" })}
    >
      <span className="spinner" aria-hidden />
    </div>
  );
}

// The page this load opens starts loading now, alongside the session the guards ask for first.
preloadRoute(window.location.pathname);
// The cold-load journey asks which of those reads no part of the page took (each is a wasted request).
Object.assign(window, { partnerwiseUnusedPreloads: unusedPreloads });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <Suspense fallback={<Boot />}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <ToastProvider>
              <AppRoutes />
            </ToastProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
