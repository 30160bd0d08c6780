import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface TestServer {
  url: string;
  /** Every request the server saw, in order (path and query). */
  requests: string[];
  /** Pages served from memory, by path. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/**
 * A page server on 127.0.0.1. Serves tests/fixtures/<name> at /<name>, and
 * pages added to `pages`. Records every request, so tests can assert that a
 * hostile page's payload never fetched anything.
 */
export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const pages = new Map<string, string>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const bare = path.split('?')[0] ?? path;
    const inMemory = pages.get(bare);
    if (inMemory !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(inMemory);
      return;
    }
    if (bare.endsWith('.png')) {
      // A 1×1 transparent PNG, for image tests.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
      return;
    }
    try {
      const body = readFileSync(resolve(FIXTURES, '.' + decodeURIComponent(bare)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    pages,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
