/**
 * Props for a scrolling container (e.g. `.table-wrap`): a named, keyboard-focusable region, so people who
 * cannot use a mouse can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function scrollRegion(label: string) {
  return { role: "region", "aria-label": label, tabIndex: 0 } as const;
}
