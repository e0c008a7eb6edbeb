import { createAuthClient } from "better-auth/react";
import { organizationClient, twoFactorClient } from "better-auth/client/plugins";

/** better-auth's client for /api/auth/*: sign-in, organisations, two-factor. */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  plugins: [organizationClient(), twoFactorClient()],
});

/** better-auth answers `{data, error}`; this unwraps it into a value or a thrown AuthError. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export async function unwrap<T>(
  p: Promise<{ data: T | null; error: { status?: number; code?: string; message?: string; statusText?: string } | null }>,
): Promise<T> {
  let r: Awaited<typeof p>;
  try {
    r = await p;
  } catch {
    throw new AuthError(0, "network", "");
  }
  if (r.error) throw new AuthError(r.error.status ?? 0, r.error.code, r.error.message ?? r.error.statusText ?? "");
  return r.data as T;
}
