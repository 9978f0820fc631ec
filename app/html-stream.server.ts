import { Transform, type TransformCallback } from "node:stream";

/**
 * Where React's server renderer writes the page (docs/decisions/058).
 *
 * React hands its output over in pieces of about 2 KB and calls `flush()` on the
 * destination once it has written everything it has ready. A plain PassThrough
 * passes on every piece, and each became its own chunk of the answer and its own
 * `writev` to the socket (and, for a browser that takes gzip, its own compression
 * flush). This stream keeps the pieces until React says it is done writing for now,
 * then passes them on as one chunk: a page with no Suspense boundary (every page
 * today) goes out in one chunk, and one that streams still sends each part as
 * soon as React has it.
 */
export class BatchedHtmlStream extends Transform {
  private pieces: Buffer[] = [];
  private length = 0;

  override _transform(piece: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.pieces.push(piece);
    this.length += piece.length;
    done();
  }

  /** React calls this after each batch it writes. */
  flush() {
    if (this.length === 0) return;
    const batch =
      this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces, this.length);
    this.pieces = [];
    this.length = 0;
    this.push(batch);
  }

  override _flush(done: TransformCallback) {
    this.flush();
    done();
  }
}
