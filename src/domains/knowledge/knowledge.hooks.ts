import type { Ctx } from "../../platform/context.js";
import type { KnowledgeRow } from "./knowledge.repo.js";

// Checks other parts of the knowledge hub run before an item's text is saved (a case study's confidential
// parts), without the item service knowing them: they register here and refuse by throwing.

type BeforeSave = (ctx: Ctx, item: KnowledgeRow, next: { title: string; body: string }) => Promise<void>;
const beforeSaveHooks: BeforeSave[] = [];

/** Registers a check to run (in the same transaction) before a changed item is saved. */
export function onBeforeKnowledgeSave(fn: BeforeSave): void {
  if (!beforeSaveHooks.includes(fn)) beforeSaveHooks.push(fn);
}

/** Runs every registered check for an item about to be saved with a new title and body. */
export async function beforeKnowledgeSave(ctx: Ctx, item: KnowledgeRow, next: { title: string; body: string }): Promise<void> {
  for (const fn of beforeSaveHooks) await fn(ctx, item, next);
}
