import { useTranslation } from "react-i18next";

/**
 * Why a background job (a list import, a batch screening) failed, in the reader's language: its code's own
 * sentence, with the server's English text below when that adds something (an error's details); without a
 * known code, the server's text.
 */
export function JobErrorText({
  code,
  params,
  error,
  prefix,
}: {
  code: string | null;
  params: Record<string, number> | null;
  error: string | null;
  prefix: "batchError" | "importError";
}) {
  const { t, i18n } = useTranslation("watchlists");
  const key = `${prefix}.${code}`;
  if (!code || !i18n.exists(key, { ns: "watchlists" })) return <div>{error}</div>;
  const detailed = code === "failed" || code === "stopped";
  return (
    <>
      <div data-testid="job-error-reason">{t(key, params ?? {})}</div>
      {detailed && error && <div className="small">{error}</div>}
    </>
  );
}
