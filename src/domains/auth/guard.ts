import type { Ctx } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { roleAtLeast, type Role } from "./roles.js";

/** Refuses with 403 unless the caller's role in the organisation is at least `needed`. */
export function requireRole(ctx: Ctx, needed: Role): void {
  if (!roleAtLeast(ctx.role, needed)) {
    throw new AppError("forbidden", `This needs the ${needed} role or higher; you are ${ctx.role}.`);
  }
}
