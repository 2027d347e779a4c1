/**
 * What one built page makes the browser download up front: the scripts and stylesheets its HTML names
 * (`<script src>`, `<link rel="modulepreload|stylesheet">`), plus the JS chunks those import statically
 * and the CSS files they @import. Dynamic `import()` chunks load later and are not counted.
 * Sizes are gzip level 9, as a CDN would serve them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleFile = { file: string; bytes: number; gzipBytes: number };
export type PageBundle = { html: string; files: BundleFile[]; gzipBytes: number };

export class MissingBuildError extends Error {}

const attr = (tag: string, name: string) =>
  tag
    .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((x) => x !== undefined);

/** Local asset URLs the HTML loads up front. */
export function assetsOfHtml(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) urls.push(href);
  }
  return urls.filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:'));
}

/** Specifiers of static imports and re-exports in (possibly minified) ES module code. */
export function staticImportsOfJs(code: string): string[] {
  const found = new Set<string>();
  // `import x from"…"`, `import{a as b}from"…"`, `import"…"`, `export*from"…"`, `export{a}from"…"`; not `import("…")`.
  const patterns = [
    /(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'\n]+)["']/g,
    /(?:^|[^\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"'\n]+)["']/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

export function importsOfCss(code: string): string[] {
  return [...code.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => m[1]!);
}

/** Measures the JS and CSS a page at `htmlFile` (inside `root`, the site's document root) loads up front. */
export function measurePageBundle(root: string, htmlFile: string): PageBundle {
  const rootDir = resolve(root);
  const htmlPath = resolve(rootDir, htmlFile);
  if (!existsSync(htmlPath)) throw new MissingBuildError(`${relative(process.cwd(), htmlPath)} not found: build the front end first (npm run build)`);
  const html = readFileSync(htmlPath, 'utf8');

  const toFile = (url: string, from: string): string | null => {
    const clean = url.split(/[?#]/)[0]!;
    if (!clean || clean.startsWith('data:')) return null;
    const path = clean.startsWith('/') ? join(rootDir, clean) : resolve(dirname(from), clean);
    if (!path.startsWith(rootDir + sep)) return null; // outside the site
    return path;
  };

  const files = new Map<string, BundleFile>();
  const missing: string[] = [];
  const queue = assetsOfHtml(html)
    .map((url) => [url, toFile(url, htmlPath)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null);
  while (queue.length) {
    const [url, path] = queue.shift()!;
    if (files.has(path)) continue;
    const kind = extname(path).toLowerCase();
    if (!['.js', '.mjs', '.css'].includes(kind)) continue;
    if (!existsSync(path)) {
      missing.push(url);
      continue;
    }
    const content = readFileSync(path);
    files.set(path, { file: relative(rootDir, path), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    const text = content.toString('utf8');
    const children = kind === '.css' ? importsOfCss(text) : staticImportsOfJs(text);
    for (const child of children) {
      if (!/^[./]/.test(child)) continue; // bare specifiers cannot load in a browser without an import map
      const childPath = toFile(child, path);
      if (childPath && !files.has(childPath)) queue.push([child, childPath]);
    }
  }
  if (missing.length)
    throw new MissingBuildError(`${relative(process.cwd(), htmlPath)} loads files missing from the build: ${missing.join(', ')} (rebuild: npm run build)`);
  const list = [...files.values()];
  return { html: relative(rootDir, htmlPath), files: list, gzipBytes: list.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
