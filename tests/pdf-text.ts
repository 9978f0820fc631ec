// The text of a PDF, for tests: inflates each content stream and reads the
// strings its text operators (Tj, TJ) show. Enough for pdfkit's output with the
// standard fonts (WinAnsi text as hex strings); not a general PDF reader.
import zlib from "node:zlib";

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ""), "hex");
  return bytes.toString("latin1");
}

/** Each text-showing operation's words, in the order drawn. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  const source = pdf.toString("latin1");
  const streams = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = /FlateDecode/.test(match[1] ?? "")
        ? zlib.inflateSync(raw).toString("latin1")
        : raw.toString("latin1");
    } catch {
      continue;
    }
    const ops = /\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj/g;
    let op: RegExpExecArray | null;
    while ((op = ops.exec(content))) {
      if (op[2] !== undefined) runs.push(decodeHex(op[2]));
      else
        runs.push(
          [...(op[1] ?? "").matchAll(/<([0-9a-fA-F\s]*)>/g)]
            .map((m) => decodeHex(m[1] ?? ""))
            .join(""),
        );
    }
  }
  return runs;
}

/** All the PDF's words as one string, each run on its own line. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join("\n");
}
