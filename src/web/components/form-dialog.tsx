import { createContext, useContext, useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog, useDialogClose } from "./dialog";
import { Field, FormError, fieldError } from "./field";

/** The submit button of a form: disabled with a spinner while the submission is pending. */
export function SubmitButton({
  pending,
  children,
  form,
  testId,
  className = "btn btn-primary",
  disabled,
}: {
  pending?: boolean;
  children: ReactNode;
  /** The id of the form when the button sits outside it (a dialog's footer). */
  form?: string;
  testId?: string;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="submit"
      form={form}
      className={className}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      data-testid={testId}
    >
      {pending && <span className="spinner" aria-hidden />}
      {children}
    </button>
  );
}

/** The error of the dialog's last submission, for the fields inside it. */
const FormErrorContext = createContext<unknown>(null);

/**
 * A Field whose error comes from the enclosing FormDialog's submission error (`errors[].path === name`), unless
 * the caller's own check (`error`, e.g. "required") says something first.
 */
export function FormField({
  name,
  error,
  ...rest
}: Omit<Parameters<typeof Field>[0], "error"> & { name?: string; error?: string | false | null }) {
  const submitError = useContext(FormErrorContext);
  return <Field {...rest} error={error || (name ? fieldError(submitError, name) : undefined)} />;
}

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** Called on submit (the default is prevented); validate here and start the mutation. */
  onSubmit: () => void;
  submitLabel: ReactNode;
  pending?: boolean;
  /** The error of the last submission: shown on top, and beside the fields through FormField. */
  error?: unknown;
  /**
   * Whether the form holds changes. Left out, the dialog counts any input in the form as a change. Either way,
   * closing a changed form asks before discarding it.
   */
  dirty?: boolean;
  wide?: boolean;
  testId?: string;
  formTestId?: string;
  submitTestId?: string;
  /** More buttons in the footer, before Cancel. */
  extraActions?: ReactNode;
  children: ReactNode;
}

/**
 * A form in a dialog, as every "add" and "edit" form is shown: the fields, the submission's error on top and
 * beside each field, Cancel and a pending-aware submit button in the footer; Escape in a nested control never
 * closes it, and a form with changes asks before they are discarded.
 */
export function FormDialog({
  open,
  onClose,
  title,
  description,
  onSubmit,
  submitLabel,
  pending,
  error,
  dirty,
  wide,
  testId,
  formTestId,
  submitTestId,
  extraActions,
  children,
}: FormDialogProps) {
  const formId = useId();
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) setTouched(false);
  }, [open]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      wide={wide}
      testId={testId}
      dirty={!pending && (dirty ?? touched)}
      footer={
        <>
          {extraActions}
          <CancelButton />
          <SubmitButton form={formId} pending={pending} testId={submitTestId}>
            {submitLabel}
          </SubmitButton>
        </>
      }
    >
      <FormErrorContext.Provider value={error}>
        <form id={formId} className="form" onSubmit={submit} onInput={() => setTouched(true)} noValidate data-testid={formTestId}>
          <FormError error={error} />
          {children}
        </form>
      </FormErrorContext.Provider>
    </Dialog>
  );
}

function CancelButton() {
  const { t } = useTranslation();
  const close = useDialogClose();
  return (
    <button type="button" className="btn" onClick={close}>
      {t("actions.cancel")}
    </button>
  );
}
