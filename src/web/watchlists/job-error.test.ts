import { createInstance } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { BATCH_ERROR_CODES, IMPORT_ERROR_CODES } from "../../domains/watchlists/watchlists.constants";
import de from "../locales/de/watchlists.json";
import en from "../locales/en/watchlists.json";
import { JobErrorText } from "./job-error";

// The reason a batch or an import stopped, as the batch page and the import form show it, in both languages.

async function render(lng: "en" | "de", props: Parameters<typeof JobErrorText>[0]): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    resources: { en: { watchlists: en }, de: { watchlists: de } },
    ns: ["watchlists"],
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(JobErrorText, props)));
}

const SERVER_TEXT = "Stopped after 3 interrupted attempts; it is not retried.";

describe("JobErrorText", () => {
  it("has a sentence in English and German for every code a batch or an import can stop with", () => {
    for (const messages of [en, de] as unknown as Array<Record<string, Record<string, string>>>) {
      for (const code of BATCH_ERROR_CODES) expect(messages.batchError?.[code], `batchError.${code}`).toBeTruthy();
      for (const code of IMPORT_ERROR_CODES.filter((c) => c !== "failed"))
        expect(messages.importError?.[code], `importError.${code}`).toBeTruthy();
    }
  });

  it("shows an abandoned batch's reason in the reader's language, with its numbers, instead of the server's English", async () => {
    const props = { code: "interrupted", params: { attempts: 3 }, error: SERVER_TEXT, prefix: "batchError" } as const;
    const german = await render("de", props);
    expect(german).toContain("3-mal");
    expect(german).toContain("nicht erneut versucht");
    expect(german).not.toContain(SERVER_TEXT);
    const english = await render("en", props);
    expect(english).toContain("3 times");

    const late = await render("de", {
      code: "out_of_time",
      params: { minutes: 60 },
      error: "The job ran out of time",
      prefix: "batchError",
    });
    expect(late).toContain("Zeitbudget (60 Minuten)");
  });

  it("adds the server's details under a failure, and shows the server's text alone for an import's own error", async () => {
    const failed = await render("de", { code: "failed", params: null, error: "The CSV is broken at row 7", prefix: "batchError" });
    expect(failed).toContain("Ein Fehler hat sie beendet");
    expect(failed).toContain("The CSV is broken at row 7");
    const own = await render("en", { code: "failed", params: null, error: "Not a FollowTheMoney file", prefix: "importError" });
    expect(own).toBe("<div>Not a FollowTheMoney file</div>");
  });
});
