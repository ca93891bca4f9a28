/**
 * The demo workbook plus a sheet of the user's own with what exceljs's round trip loses or may
 * change: an Excel table, a data validation, a conditional format, an image (made with exceljs)
 * and a real bar chart (chart XML added at zip level, since exceljs cannot write charts).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import path from "path";
import { CONTOH } from "../../helpers/cli";

export const USER_SHEET = "Grafik Saya";
export const CHART_PART = "xl/charts/chart1.xml";
const NO_FOLDERS = { createFolders: false };

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Grafik pengguna</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Nilai</c:v></c:tx><c:cat><c:strRef><c:f>'${USER_SHEET}'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${USER_SHEET}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="99" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdGrafik"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

async function withExceljs(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CONTOH);
  const ws = wb.addWorksheet(USER_SHEET);
  ws.getCell("A1").value = "Bulan";
  ws.getCell("B1").value = "Nilai";
  ["Jan", "Feb", "Mar"].forEach((m, i) => {
    ws.getCell(`A${i + 2}`).value = m;
    ws.getCell(`B${i + 2}`).value = [30, 70, 55][i];
  });
  ws.getCell("B2").style = { font: { bold: true, color: { argb: "FF7030A0" } }, numFmt: '0.0 "poin"' };
  ws.addTable({ name: "catatan_saya", ref: "D1", columns: [{ name: "Catatan" }], rows: [["satu"], ["dua"]] });
  // exceljs has data validations, its types do not say so.
  (
    ws as unknown as { dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations.add("B2:B4", {
    type: "whole",
    operator: "between",
    formulae: [0, 100],
    allowBlank: true,
  });
  ws.addConditionalFormatting({
    ref: "B2:B4",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 1,
        formulae: ["50"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  const png = fs.readFileSync(path.join(__dirname, "..", "..", "..", "assets", "icon-64.png"));
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(image, { tl: { col: 11, row: 1 }, ext: { width: 64, height: 64 } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook's bytes; its chart sits in the user sheet's drawing, next to the image. */
export async function richWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await withExceljs());
  const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  const rels = drawing.replace("drawings/", "drawings/_rels/") + ".rels";
  const xml = await zip.file(drawing)!.async("string");
  zip.file(drawing, xml.replace("</xdr:wsDr>", `${ANCHOR}</xdr:wsDr>`), NO_FOLDERS);
  const relsXml = await zip.file(rels)!.async("string");
  zip.file(
    rels,
    relsXml.replace(
      "</Relationships>",
      `<Relationship Id="rIdGrafik" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
    ),
    NO_FOLDERS,
  );
  zip.file(CHART_PART, CHART, NO_FOLDERS);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/${CHART_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
    NO_FOLDERS,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
