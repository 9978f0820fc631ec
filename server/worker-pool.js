// A few worker threads that answer { id, input } messages with { id, output } or
// { id, error }. Used for the staff insight aggregates (server/insights-worker.js):
// they read tens of thousands of rows through a synchronous SQLite driver, and on
// the request thread every other request waited for them (issue 16, decision 040).
import { Worker } from "node:worker_threads";

/**
 * @param {{
 *   script: string | URL,
 *   workerData?: unknown,
 *   size?: number,
 *   onError?: (error: unknown) => void,
 * }} options
 */
export function workerPool({ script, workerData, size = 1, onError = () => {} }) {
  /** id -> { resolve, reject, slot } */
  const pending = new Map();
  const slots = [];
  let nextId = 1;
  let turn = 0;
  let closed = false;

  function start(index) {
    const worker = new Worker(script, { workerData });
    const slot = { worker, jobs: 0 };
    worker.on("message", (message) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      slot.jobs -= 1;
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.output);
    });
    // A worker that fails takes its jobs with it: reject them, and start another.
    const lost = (reason) => {
      if (slots[index] !== slot) return;
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.reject(reason);
      }
      if (closed) return;
      onError(reason);
      start(index);
    };
    worker.on("error", (error) => lost(error));
    worker.on("exit", (code) => lost(new Error(`worker stopped with exit code ${code}`)));
    slots[index] = slot;
  }

  for (let i = 0; i < size; i += 1) start(i);

  return {
    /** Runs one job on the least busy worker (round robin among equals). */
    run(input) {
      if (closed) return Promise.reject(new Error("the worker pool is closed"));
      let slot = slots[turn % slots.length];
      for (const candidate of slots) if (candidate.jobs < slot.jobs) slot = candidate;
      turn += 1;
      const id = nextId++;
      slot.jobs += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, input });
      });
    },
    get size() {
      return slots.length;
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new Error("the worker pool is closed"));
      }
    },
  };
}
