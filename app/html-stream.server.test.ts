import { PassThrough, type Readable } from "node:stream";
import { createElement, Suspense } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { BatchedHtmlStream } from "./html-stream.server";

function chunksOf(stream: Readable) {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise<string[]>((resolve, reject) => {
    stream.on("end", () => resolve(chunks.map((c) => c.toString("utf8"))));
    stream.on("error", reject);
  });
}

function render(element: React.ReactElement, into: PassThrough | BatchedHtmlStream) {
  const chunks = chunksOf(into);
  const { pipe } = renderToPipeableStream(element, { onShellReady: () => pipe(into) });
  return chunks;
}

/** A page long enough for React to hand it over in several pieces of about 2 KB. */
function page() {
  const items = Array.from({ length: 400 }, (_, i) =>
    createElement("li", { key: i }, `Item number ${i} of the list`),
  );
  return createElement("html", null, createElement("body", null, createElement("ul", null, items)));
}

describe("BatchedHtmlStream", () => {
  test("a page React writes at once goes out as one chunk, byte for byte what React wrote", async () => {
    const plain = await render(page(), new PassThrough());
    const batched = await render(page(), new BatchedHtmlStream());
    expect(plain.length).toBeGreaterThan(3);
    expect(batched).toHaveLength(1);
    expect(batched.join("")).toBe(plain.join(""));
  });

  test("a page that streams still sends the shell before the rest is ready", async () => {
    let text: string | undefined;
    let release!: () => void;
    const later = new Promise<void>((resolve) => {
      release = () => {
        text = "arrived";
        resolve();
      };
    });
    // React 18's way to wait inside a Suspense boundary: throw the promise until it is settled.
    function Late() {
      if (text === undefined) throw later;
      return createElement("p", null, text);
    }
    const stream = new BatchedHtmlStream();
    const seen: string[] = [];
    stream.on("data", (chunk: Buffer) => seen.push(chunk.toString("utf8")));
    const ended = new Promise((resolve) => stream.on("end", resolve));
    const { pipe } = renderToPipeableStream(
      createElement(
        "div",
        null,
        createElement(
          Suspense,
          { fallback: createElement("i", null, "loading") },
          createElement(Late),
        ),
      ),
      { onShellReady: () => pipe(stream) },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain("loading");
    release();
    await ended;
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.slice(1).join("")).toContain("arrived");
  });

  test("what is written without a flush is sent when the stream ends", async () => {
    const stream = new BatchedHtmlStream();
    const chunks = chunksOf(stream);
    stream.write("one ");
    stream.write("two ");
    stream.flush();
    stream.write("three");
    stream.end();
    expect(await chunks).toEqual(["one two ", "three"]);
  });
});
