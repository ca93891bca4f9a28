/** Types of sim-bundle.js (plain CommonJS, shared with scripts/preview.js). */
export function buildSimBundle(): Promise<string>;
export const OFFICE_JS_URL: string;
