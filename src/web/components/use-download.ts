import { useState } from "react";
import { downloadFile } from "../lib/download";
import { useErrorMessage } from "./field";

/**
 * Downloads a file the API makes (downloadFile) and keeps what a page shows meanwhile: which one is on its way
 * (`busy`, the key given) and, when it failed, why (`error`, the message `failed` makes of the server's reason).
 */
export function useDownload(failed: (message: string) => string) {
  const message = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const get = (key: string, url: string, fileName: string) => {
    setBusy(key);
    setError(null);
    return downloadFile(url, fileName)
      .catch((e: unknown) => setError(failed(message(e))))
      .finally(() => setBusy(null));
  };
  return { get, busy, error };
}
