/** Types of server.js (plain CommonJS, shared with scripts/preview.js). */
import type * as http from "http";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  server: http.Server;
}

export function serveStatic(options: {
  root: string;
  host?: string;
  port?: number;
  extra?: Record<string, () => string | { type: string; body: string }>;
  rewriteHtml?: (html: string, file: string) => string;
}): Promise<StaticServer>;
