// Builds the workbench into dist/ (deterministic: no timestamps, no absolute paths, no source maps), or, with
// --tests, bundles every src/**/*.spec.ts into .test-out/ for node's test runner; --size prints the gzipped size.
import * as esbuild from 'esbuild';
import { readdirSync, mkdirSync, rmSync, readFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;
const src = join(here, 'src');
const args = new Set(process.argv.slice(2));

function specs(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...specs(p));
    else if (e.name.endsWith('.spec.ts')) out.push(p);
  }
  return out;
}

const common = { absWorkingDir: here, bundle: true, logLevel: 'warning', charset: 'utf8', legalComments: 'none' };

// The ForceAtlas2 worker is bundled on its own and handed to the page as a string (__FA2_WORKER__): the page starts
// it from a Blob URL, so dist/ stays three files. Tests get an empty string (node has no Worker).
async function workerSource() {
  const r = await esbuild.build({
    ...common,
    entryPoints: [join(src, 'render', 'fa2.worker.ts')],
    write: false,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
  });
  return r.outputFiles[0].text;
}

if (args.has('--tests')) {
  const outdir = join(here, '.test-out');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entries = specs(src);
  await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(entries.map((p) => [relative(src, p).replace(/\.spec\.ts$/, '.test').replaceAll('/', '_'), p])),
    outdir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { __FA2_WORKER__: '""' },
  });
  console.log(`bundled ${entries.length} spec files into .test-out/`);
} else {
  const dist = join(here, 'dist');
  mkdirSync(dist, { recursive: true });
  await esbuild.build({
    ...common,
    entryPoints: { app: join(src, 'main.ts') },
    outdir: dist,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"', __FA2_WORKER__: JSON.stringify(await workerSource()) },
  });
  await esbuild.build({ ...common, entryPoints: { app: join(src, 'app.css') }, outdir: dist, minify: true });
  copyFileSync(join(src, 'index.html'), join(dist, 'index.html'));
  if (args.has('--size')) {
    let total = 0;
    for (const f of ['index.html', 'app.js', 'app.css']) {
      const raw = readFileSync(join(dist, f));
      const gz = gzipSync(raw, { level: 9 }).length;
      if (f !== 'index.html') total += gz;
      console.log(`${f.padEnd(11)} ${String(raw.length).padStart(8)} bytes  ${String(gz).padStart(7)} gzipped`);
    }
    console.log(`JS + CSS gzipped: ${total} bytes (${(total / 1024).toFixed(1)} KB of the 400 KB budget)`);
    if (total > 400 * 1024) process.exitCode = 1;
  }
}
