// Bundles the auditors' pages with bpmn-js from node_modules into the directory given
// (the build passes target/classes/static/audit): audit.js, audit.css and the two pages.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output directory>');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/audit.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: join(out, 'audit.js'),
  logLevel: 'warning'
});
await build({
  entryPoints: ['src/audit.css'],
  bundle: true,
  minify: true,
  outfile: join(out, 'audit.css'),
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning'
});
for (const page of ['index.html', 'order.html']) {
  copyFileSync(join('src', page), join(out, page));
}
