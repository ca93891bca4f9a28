import {
  estimateBytes,
  splitArea,
  packPhases,
  packRequests,
  requestBytes,
  splitRows,
  type Operation,
} from "../../src/excel/chunking";

describe("chunking", () => {
  it("estimates at least the JSON size of the payload, in UTF-8 bytes", () => {
    expect(estimateBytes("abc")).toBeGreaterThanOrEqual(5);
    expect(estimateBytes("≥")).toBeGreaterThan(estimateBytes("a"));
  });

  it("cuts a matrix into whole-row bands under the band size", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`baris ${i}`, i, null]);
    const bands = splitRows(rows, 2000);
    expect(bands.length).toBeGreaterThan(1);
    expect(bands.flatMap((b) => b.rows)).toEqual(rows);
    bands.forEach((b, i) => {
      expect(b.bytes).toBeLessThanOrEqual(2000);
      if (i > 0) expect(b.start).toBe(bands[i - 1].start + bands[i - 1].rows.length);
    });
  });

  it("cuts very large rectangles into row bands of limited cells", () => {
    expect(splitArea("A4:G20000", 50_000)).toEqual(["A4:G7145", "A7146:G14287", "A14288:G20000"]);
    expect(splitArea("B2")).toEqual(["B2"]);
  });

  it("packs operations in order into requests under the budget", () => {
    const queued: number[] = [];
    const ops: Operation<null>[] = Array.from({ length: 10 }, (_, i) => ({
      bytes: 300,
      queue: () => queued.push(i),
    }));
    const requests = packRequests(ops, 1000);
    expect(requests.map((r) => r.length)).toEqual([3, 3, 3, 1]);
    for (const r of requests) expect(requestBytes(r)).toBeLessThanOrEqual(1000);
    requests.flat().forEach((op) => op.queue(null));
    expect(queued).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("packs phases one request each when they fit, and lets an overflow ride with the next phase", () => {
    const ops = (n: number, bytes: number, tag: string): Operation<string[]>[] =>
      Array.from({ length: n }, (_, i) => ({ bytes, queue: (log) => log.push(`${tag}${i}`) }));
    const sizes = (requests: Operation<string[]>[][]) => requests.map(requestBytes);

    // Small: content and formats apart, even though together they would fit one request.
    expect(sizes(packPhases([ops(2, 100, "c"), ops(2, 100, "f")], 1000))).toEqual([200, 200]);
    // Content over the budget: its overflow goes with the formats — still two requests.
    const big = packPhases([ops(5, 300, "c"), ops(2, 100, "f")], 1000);
    expect(sizes(big)).toEqual([900, 800]);
    const log: string[] = [];
    big.flat().forEach((op) => op.queue(log));
    expect(log).toEqual(["c0", "c1", "c2", "c3", "c4", "f0", "f1"]);
    // Content over the budget but too big to save a request: apart, at the phase boundary.
    expect(sizes(packPhases([ops(6, 300, "c"), ops(2, 100, "f")], 1000))).toEqual([900, 900, 200]);
    // Far too much: packed together when that takes fewer requests (5, not 4 + 2).
    expect(packPhases([ops(10, 300, "c"), ops(4, 300, "f")], 1000)).toHaveLength(5);
    // An empty phase costs nothing.
    expect(packPhases([ops(2, 100, "c"), []], 1000)).toHaveLength(1);
  });
});
