import { MAX_LIST_BYTES } from './list-text';

/** A list download that takes longer than this is abandoned, in milliseconds. */
export const LIST_FETCH_TIMEOUT_MS = 30_000;

/**
 * Downloads a list's text. The request carries no cookies, no referrer and nothing about what the
 * child browses. Throws an Error naming the URL on an HTTP error, a timeout, or a body larger than
 * MAX_LIST_BYTES (the download stops at that size).
 */
export async function fetchListText(url: string, fetchFunction: typeof fetch = fetch): Promise<string> {
  const response = await fetchFunction(url, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    signal: AbortSignal.timeout(LIST_FETCH_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Downloading ${url} failed with HTTP ${response.status}`);

  const declared = Number(response.headers.get('Content-Length') ?? 0);
  if (declared > MAX_LIST_BYTES) throw tooLarge(url);
  return readCapped(response, url);
}

async function readCapped(response: Response, url: string): Promise<string> {
  if (!response.body) return '';

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_LIST_BYTES) {
      await reader.cancel();
      throw tooLarge(url);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(url: string): Error {
  return new Error(`The list at ${url} is larger than ${MAX_LIST_BYTES / (1024 * 1024)} MB; it was not applied`);
}
