import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

export interface ConsoleFigures {
  buildSeconds: number;
  /** Gzipped JavaScript a browser loads for sign-in and My day: the entry and its static imports. */
  firstScreenJsKb: number;
  firstScreenCssKb: number;
  firstScreenFiles: string[];
}

const gzipKb = (path: string) => Math.round(gzipSync(readFileSync(path)).length / 102.4) / 10;

/** A clean Vite build of the console, timed, and what its first screens cost the browser. */
export function consoleCase(repoRoot: string): ConsoleFigures {
  const started = performance.now();
  execFileSync(process.execPath, [join(repoRoot, 'tools', 'build-web.js'), '--force'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const out = join(repoRoot, 'dist', 'web');
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  // Sign-in and My day are in the entry chunk; every other screen is a dynamic import left out here.
  const loaded = new Set<string>();
  const visit = (key: string) => {
    if (loaded.has(key)) return;
    loaded.add(key);
    manifest[key].imports?.forEach(visit);
  };
  visit('index.html');
  const chunks = [...loaded].map((key) => manifest[key]);
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
  return {
    buildSeconds,
    firstScreenJsKb: Math.round(chunks.reduce((sum, chunk) => sum + gzipKb(join(out, chunk.file)), 0) * 10) / 10,
    firstScreenCssKb: Math.round(css.reduce((sum, file) => sum + gzipKb(join(out, file)), 0) * 10) / 10,
    firstScreenFiles: chunks.map((chunk) => chunk.file),
  };
}
