/**
 * The pemda recap as a Word document (`capaian rekap --docx`): each recap sheet as a table,
 * converted by the same converter as chapter III (src/docx/table.ts), one section per sheet in
 * the sheet's orientation.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import { REKAP_MESSAGES } from "../core/rekap/messages";
import type { Rekap } from "../core/rekap/rekap";
import type { SheetSpec } from "../report/sheet-spec";
import { sheetContent } from "./table";

const A4 = { lebar: 11906, tinggi: 16838 };
const TEPI = 1134;

export function buildRekapDocx(rekap: Rekap, sheets: readonly SheetSpec[]): Document {
  let nomor = 0;
  const nomorTabel = () => String(++nomor);
  const sections: ISectionOptions[] = sheets.map((spec, i) => {
    const lanskap = spec.landscape === true;
    const lebar = (lanskap ? A4.tinggi : A4.lebar) - 2 * TEPI;
    const pembuka =
      i === 0
        ? [
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun(`Rekap Kinerja Pemerintah Daerah${rekap.tahun ? ` Tahun ${rekap.tahun}` : ""}`),
              ],
            }),
            new Paragraph({ children: [new TextRun(REKAP_MESSAGES.aturanRataRata)] }),
          ]
        : [];
    return {
      properties: {
        page: {
          size: {
            width: A4.lebar,
            height: A4.tinggi,
            orientation: lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: TEPI, bottom: TEPI, left: TEPI, right: TEPI },
        },
      },
      children: [
        ...pembuka,
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(spec.name)] }),
        ...sheetContent(spec, { lebar, nomorTabel }),
      ],
    };
  });
  return new Document({
    creator: "Capaian",
    title: `Rekap Pemda ${rekap.tahun ?? ""}`.trim(),
    styles: { default: { document: { run: { font: "Arial", size: 20 } } } },
    sections,
  });
}
