// The core (src/core/**) stays pure: no bot framework, no HTTP server, no cards SDK, no file system.
// Prints each offending import with its place; exits 1 if there is any.
import fs from 'node:fs';
import path from 'node:path';

const FORBIDDEN = /^(botbuilder|botframework|restify|adaptivecards|node:fs|fs|node:http|http|node:net|node:child_process)(\/|$|-)/;
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core');
let bad = 0;
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.ts')) {
      fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
        const m = /^\s*import\b[^'"]*['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/.exec(line);
        const spec = m && (m[1] ?? m[2]);
        if (spec && FORBIDDEN.test(spec)) {
          console.error(`${path.relative(process.cwd(), p)}:${i + 1}: the core must not import "${spec}"`);
          bad++;
        }
      });
    }
  }
};
walk(root);
if (bad) process.exit(1);
console.log('core imports: ok');
