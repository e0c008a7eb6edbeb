import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";
import i18n, { i18nReady } from "./lib/i18n";
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
const firstPage = preloadRoute(window.location.pathname);
// The cold-load journey asks which of those reads no part of the page took (each is a wasted request).
Object.assign(window, { partnerwiseUnusedPreloads: unusedPreloads });

// The first render waits for the first page's code and words (at most 1.5 s), which are on their way already: a first
// render that suspends shows the spinner, and React then holds the page back until 300 ms after it (its throttle on
// revealing suspended content), time the page would otherwise spend ready but hidden (ADR 0016).
const waitAtMost = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
void Promise.race([Promise.all([firstPage, i18nReady]), waitAtMost(1500)]).then(render);

function render() {
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
}
