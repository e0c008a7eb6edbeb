import { type RefObject, useEffect } from "react";

/**
 * On a phone a row of tabs scrolls sideways: keeps the active tab (aria-current="page") in view, centred, whenever
 * `deps` change (a deep link opens on its tab).
 */
export function useActiveTabInView(ref: RefObject<HTMLElement | null>, deps: unknown[]) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what moves the active tab
  useEffect(() => {
    const nav = ref.current;
    const active = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (active && nav && nav.scrollWidth > nav.clientWidth)
      nav.scrollTo({
        left:
          active.getBoundingClientRect().left -
          nav.getBoundingClientRect().left +
          nav.scrollLeft -
          (nav.clientWidth - active.offsetWidth) / 2,
        behavior: "instant",
      });
  }, deps);
}
