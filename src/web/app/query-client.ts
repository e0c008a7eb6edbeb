import { MutationCache, QueryClient } from "@tanstack/react-query";
import { ApiError, onApiError } from "../lib/api";
import { AuthError } from "../lib/auth-client";
import i18n from "../lib/i18n";
import { toast } from "../components/toast";
import { setTwoFactorBlocked } from "./session";

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: { /** The form shows the error itself (with field errors); no toast. */ inline?: boolean };
  }
}

export const queryClient = new QueryClient({
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (mutation.meta?.inline) return;
      if (error instanceof ApiError && error.code === "network") return; // toasted below
      const msg =
        error instanceof ApiError
          ? error.detail || i18n.t("errors.unknown")
          : error instanceof AuthError
            ? error.message || i18n.t("errors.unknown")
            : i18n.t("errors.unknown");
      toast.error(msg);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

onApiError((e) => {
  if (e.code === "network") toast.error(i18n.t("errors.network"));
  if (e.code === "two_factor_required") setTwoFactorBlocked(true);
  if (e.status === 401 && !e.body?.instance?.toString().endsWith("/me")) void queryClient.invalidateQueries({ queryKey: ["me"] });
});
