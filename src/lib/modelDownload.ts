/**
 * The model file's download, started once by whoever needs it first (the entry module, before the 3D
 * code has arrived) and reused by the loader, so the file and the code travel at the same time.
 * Three.js-free on purpose: the entry module imports it.
 */
export interface ModelDownload {
  /** The whole file, or an error that says what went wrong. */
  bytes: Promise<ArrayBuffer>;
  /** Calls `listener` with the share downloaded so far (0-1), now and on every new piece. */
  onProgress: (listener: (share: number) => void) => () => void;
}

const downloads = new Map<string, ModelDownload>();

/** Reads the response piece by piece, telling the share received (by Content-Length, when known). */
async function readWithProgress(response: Response, report: (share: number) => void): Promise<ArrayBuffer> {
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body || total === 0) {
    const whole = await response.arrayBuffer();
    report(1);
    return whole;
  }
  const reader = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(value);
    received += value.byteLength;
    // A compressed response can deliver more bytes than its Content-Length.
    report(Math.min(1, received / total));
  }
  const whole = new Uint8Array(received);
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.byteLength;
  }
  report(1);
  return whole.buffer;
}

function start(url: string): ModelDownload {
  let share = 0;
  const listeners = new Set<(share: number) => void>();
  const report = (next: number) => {
    share = next;
    for (const listener of listeners) listener(share);
  };
  const bytes = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`The model file ${url} could not be loaded (HTTP ${response.status}).`);
    return readWithProgress(response, report);
  });
  // Nobody may be waiting yet; the loader sees the failure when it asks.
  bytes.catch(() => {});
  return {
    bytes,
    onProgress(listener) {
      listeners.add(listener);
      listener(share);
      return () => listeners.delete(listener);
    },
  };
}

/** The download of `url`: the one already under way (or done), else a new one. */
export function downloadModel(url: string): ModelDownload {
  let download = downloads.get(url);
  if (!download) {
    download = start(url);
    downloads.set(url, download);
  }
  return download;
}

/** Forgets the download of `url`, so that a retry fetches the file again. */
export function forgetModelDownload(url: string): void {
  downloads.delete(url);
}
