import { Plus } from "lucide-react";

/** The "Add …" button of a list's header that opens its form. */
export function AddButton({ label, onClick, testId }: { label: string; onClick: () => void; testId?: string }) {
  return (
    <button type="button" className="btn btn-primary btn-sm" onClick={onClick} data-testid={testId}>
      <Plus size={15} aria-hidden /> {label}
    </button>
  );
}
