import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// PDF documents with pdfmake 0.3 on the server. Fonts are the Roboto files shipped in the pdfmake package;
// nothing is fetched from the network and only those font files may be read from disk.

const require = createRequire(import.meta.url);
type PdfMake = typeof import("pdfmake");
let instance: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (instance) return instance;
  const pm = require("pdfmake") as PdfMake;
  const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir + sep));
  pm.setFonts({
    Roboto: {
      normal: join(fontDir, "Roboto-Regular.ttf"),
      bold: join(fontDir, "Roboto-Medium.ttf"),
      italics: join(fontDir, "Roboto-Italic.ttf"),
      bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
    },
  });
  instance = pm;
  return pm;
}

/** Renders a pdfmake document definition to PDF bytes (font: Roboto). */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake()
    .createPdf({ ...doc, defaultStyle: { font: "Roboto", ...doc.defaultStyle } })
    .getBuffer();
}
