import { AlertTriangle } from "lucide-react";
import { Component, type ErrorInfo, type ReactNode } from "react";
import i18n from "../lib/i18n";

interface State {
  error: Error | null;
}

/** Never a blank screen: a render error shows a message and a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("render error", error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // Plain i18n.t: the failing subtree may be the translation provider itself.
    return (
      <div className="empty" role="alert">
        <div className="empty-icon" style={{ background: "var(--color-danger-soft)", color: "var(--color-danger)" }} aria-hidden>
          <AlertTriangle size={22} />
        </div>
        <h1 style={{ fontSize: "var(--text-lg)" }}>{i18n.t("errors.crashTitle", { defaultValue: "Something went wrong" })}</h1>
        <p>
          {i18n.t("errors.crashBody", {
            defaultValue: "This part of the page could not be shown. Reload the page or go back; your data is safe.",
          })}
        </p>
        <p className="small mono">{this.state.error.message}</p>
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {i18n.t("actions.reload", { defaultValue: "Reload" })}
          </button>
          <a className="btn" href="/companies">
            {i18n.t("nav.companies", { defaultValue: "Companies" })}
          </a>
        </div>
      </div>
    );
  }
}
