import { useId, useState, type KeyboardEvent, type ReactNode } from "react";

// The one ARIA 1.2 combobox (an input with a listbox popup) behind the pickers: the input keeps focus, arrow keys move
// the active option (aria-activedescendant), Enter chooses it, Escape closes the list.

/** State of a combobox, and the wiring of its input over `items` (`choose` takes the chosen one). */
export function useCombobox() {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const onKeyDown = <T,>(e: KeyboardEvent<HTMLInputElement>, items: T[], choose: (item: T) => void, onEscape?: () => void) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && items[active]) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      onEscape?.();
    }
  };
  const inputProps = <T,>(items: T[], choose: (item: T) => void, onEscape?: () => void) => ({
    role: "combobox" as const,
    "aria-expanded": open,
    "aria-controls": listId,
    "aria-autocomplete": "list" as const,
    "aria-activedescendant": open && items[active] ? `${listId}-${active}` : undefined,
    autoComplete: "off",
    onBlur: () => setTimeout(() => setOpen(false), 150),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => onKeyDown(e, items, choose, onEscape),
  });
  return { open, setOpen, active, setActive, listId, inputProps };
}

export type Combobox = ReturnType<typeof useCombobox>;

interface ComboboxListProps<T> {
  combobox: Pick<Combobox, "open" | "active" | "listId">;
  items: T[];
  choose: (item: T) => void;
  itemKey: (item: T, index: number) => string;
  children: (item: T) => ReactNode;
  /** Shown as a disabled option when there is nothing to choose (null: nothing shown). */
  empty: ReactNode | null;
  label: string;
  maxHeight: number;
  optionClassName?: string;
  optionTestId?: string;
}

/** The listbox popup of a combobox. */
export function ComboboxList<T>({
  combobox,
  items,
  choose,
  itemKey,
  children,
  empty,
  label,
  maxHeight,
  optionClassName = "menu-item",
  optionTestId,
}: ComboboxListProps<T>) {
  const { open, active, listId } = combobox;
  return (
    <ul
      id={listId}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern gives the list the listbox role
      role="listbox"
      className="popover menu"
      hidden={!open}
      style={{ width: "100%", maxWidth: "none", maxHeight, overflow: "auto" }}
      aria-label={label}
    >
      {items.map((item, i) => (
        // biome-ignore lint/a11y/useFocusableInteractive: combobox options are not focused; the input keeps focus and points at the active one (aria-activedescendant)
        <li
          key={itemKey(item, i)}
          id={`${listId}-${i}`}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's option
          role="option"
          aria-selected={i === active}
          className={optionClassName}
          style={i === active ? { background: "var(--color-surface-hover)" } : undefined}
          onMouseDown={(e) => {
            e.preventDefault();
            choose(item);
          }}
          data-testid={optionTestId}
        >
          {children(item)}
        </li>
      ))}
      {empty !== null && (
        // biome-ignore lint/a11y/useFocusableInteractive: as above, the combobox input keeps focus
        <li
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's option
          role="option"
          aria-selected={false}
          aria-disabled
          className="menu-item muted"
        >
          {empty}
        </li>
      )}
    </ul>
  );
}
