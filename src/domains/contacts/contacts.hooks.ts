import type { Ctx } from "../../platform/context.js";

// Other domains react to contact turnover without the contacts domain knowing them: they register a
// function here, which runs inside the transaction that records the leaving.

export interface ContactLeft {
  contactId: string;
  companyId: string;
  companyName: string;
  leftOn: string;
}

type ContactLeftHook = (ctx: Ctx, event: ContactLeft) => Promise<void>;
const contactLeftHooks: ContactLeftHook[] = [];

/** Registers a function to run (in the same transaction) whenever a contact leaves a company. */
export function onContactLeft(fn: ContactLeftHook): void {
  if (!contactLeftHooks.includes(fn)) contactLeftHooks.push(fn);
}

/** Runs every registered hook for a contact who left a company. */
export async function contactLeft(ctx: Ctx, event: ContactLeft): Promise<void> {
  for (const fn of contactLeftHooks) await fn(ctx, event);
}
