/**
 * The simulated host's response size counter and limit, its failure injection (a batch that
 * fails halfway, as Excel leaves it), and the Dialog API the ribbon command uses.
 */

import { cellValue, sheetNames } from "./inspect";
import { setupHost as setup } from "./test-setup";

async function errorOf(p: Promise<unknown>): Promise<OfficeExtension.Error | null> {
  try {
    await p;
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  return null;
}

const rows = Array.from({ length: 500 }, (_, i) => [`baris ${i}`, i * 1.5]);

describe("response size", () => {
  it("counts the JSON size of what each round trip returns", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B500").values = rows;
      await context.sync();
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B500");
      range.load("values");
      await context.sync();
    });
    expect(host.stats.responseBytes).toHaveLength(2);
    expect(host.stats.responseBytes[0]).toBe(0); // a write returns nothing
    const values = JSON.stringify(rows).length;
    expect(host.stats.responseBytes[1]).toBeGreaterThanOrEqual(values);
    expect(host.stats.responseBytes[1]).toBeLessThan(values + 100);
    expect(host.stats.maxResponseBytes).toBe(host.stats.responseBytes[1]);
  });

  it("fails a round trip whose response is over the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const { Excel, host, model } = setup({ maxResponseBytes: 5_000 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B500").values = rows;
      await context.sync();
    });
    let loaded: Excel.Range | null = null;
    const error = await errorOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ringkasan").getRange("A1").values = [["x"]];
        loaded = context.workbook.worksheets.getItem("Data").getRange("A1:B500");
        loaded.load("values");
        await context.sync();
      }),
    );
    expect(error?.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.stats.maxResponseBytes).toBeGreaterThan(5_000);
    expect(() => (loaded as unknown as Excel.Range).values).toThrow();
    expect(cellValue(model, "Ringkasan!A1")).toBe(""); // nothing of the failed sync applied
    // The same rows in bands under the limit go through.
    const out: unknown[][] = [];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      for (let start = 0; start < 500; start += 100) {
        const band = sheet.getRangeByIndexes(start, 0, 100, 2);
        band.load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- banding is the point here
        await context.sync();
        out.push(...band.values);
      }
    });
    expect(out).toEqual(rows);
  });
});

describe("cell text limit", () => {
  it("takes 32,767 characters in a cell and refuses 32,768 with InvalidArgument, as Excel does", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["a".repeat(32767)]];
      await context.sync();
    });
    expect(String(cellValue(host.model, "Data!A1")).length).toBe(32767);
    const e = await errorOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A2").values = [["a".repeat(32768)]];
        await context.sync();
      }),
    );
    expect(e?.code).toBe("InvalidArgument");
    expect(cellValue(host.model, "Data!A2")).toBe("");
  });
});

describe("failure injection", () => {
  it("fails the named statement and keeps what the batch applied before it, as Excel does", async () => {
    const { Excel, host, model } = setup();
    host.failAt({ statement: '.name = "Dua"', code: "GeneralException" });
    const error = await errorOf(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets;
        ws.getItem("Data").name = "Satu";
        ws.getItem("Ringkasan").name = "Dua";
        ws.add("Tiga");
        await context.sync();
      }),
    );
    expect(error?.code).toBe("GeneralException");
    expect(error?.debugInfo.statement).toContain('.name = "Dua"');
    expect(sheetNames(model)).toEqual(["Satu", "Ringkasan"]);
    // A rule fires once.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ringkasan").name = "Dua";
      await context.sync();
    });
    expect(sheetNames(model)).toEqual(["Satu", "Dua"]);
  });

  it("can fail a given round trip atomically (nothing applied)", async () => {
    const { Excel, host, model } = setup();
    host.failAt({ sync: 2, atomic: true, code: "ServiceNotAvailable" });
    const error = await errorOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Satu");
        await context.sync();
        context.workbook.worksheets.add("Dua");
        context.workbook.worksheets.add("Tiga");
        await context.sync();
      }),
    );
    expect(error?.code).toBe("ServiceNotAvailable");
    expect(sheetNames(model)).toEqual(["Data", "Ringkasan", "Satu"]);
  });
});

describe("Dialog API", () => {
  it("records the dialogs opened, delivers messageParent, and reports the user closing it", async () => {
    const { host } = setup();
    const office = host.Office;
    expect(office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(true);
    const events: string[] = [];
    const dialog = await new Promise<Office.Dialog>((resolve) =>
      office.context.ui.displayDialogAsync(
        "https://localhost:3000/pesan.html?isi=a%20b",
        { height: 40 },
        (r) => resolve(r.value),
      ),
    );
    dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) =>
      events.push(`pesan:${(arg as { message: string }).message}`),
    );
    dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) =>
      events.push(`event:${(arg as { error: number }).error}`),
    );
    expect(host.dialogs.map((d) => d.url)).toEqual(["https://localhost:3000/pesan.html?isi=a%20b"]);
    office.context.ui.messageParent("tutup");
    expect(host.parentMessages).toEqual(["tutup"]);
    host.dialogs[0].closeByUser();
    expect(events).toEqual(["pesan:tutup", "event:12006"]);
    expect(host.dialogs[0].closed).toBe(true);
  });

  it("refuses a relative URL and a second open dialog; missing below Dialog API 1.1", async () => {
    const { host } = setup();
    const status = (url: string) =>
      new Promise<string>((resolve) =>
        host.Office.context.ui.displayDialogAsync(url, {}, (r) =>
          resolve(`${r.status}:${r.error?.code ?? ""}`),
        ),
      );
    expect(await status("pesan.html")).toBe("failed:12002");
    expect(await status("https://x/pesan.html")).toBe("succeeded:");
    expect(await status("https://x/pesan.html")).toBe("failed:12007");
    const old = setup({ requirementSets: { DialogApi: "1.0" } }).host;
    expect(old.Office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(false);
    expect(() => old.Office.context.ui.displayDialogAsync("https://x/p.html")).toThrow();
  });
});
