import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import type { Node, TDocumentDefinitions } from "pdfmake/interfaces";

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

/** Room a heading needs below its top for itself and the start of its section (a table's header and first row). */
const HEADING_ROOM: Record<number, number> = { 1: 84, 2: 60 };

/**
 * The documents' `pageBreakBefore`: a heading (a node with a `headlineLevel`) moves to the next page when the room
 * left below it could not hold it and the start of its section — so a heading never ends a page. The room is
 * estimated rather than read from the following nodes: pdfmake reports the first place it tried for rows it then
 * moved to the next page (kept with their header, rows not broken), which would make a moved table look present.
 * A heading already at the top of its page stays there: breaking before it would only leave an empty page.
 */
export function keepHeadingsWithNext(node: Node): boolean {
  if (!node.headlineLevel) return false;
  const at = node.startPosition;
  if (at.verticalRatio < 0.02) return false;
  const room = at.pageInnerHeight * (1 - at.verticalRatio);
  return room < (HEADING_ROOM[node.headlineLevel] ?? HEADING_ROOM[1]!);
}
