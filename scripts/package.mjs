// Writes the store uploads from a finished build (`npm run package` builds first):
//   bounce-lens-chrome-<version>.zip   dist/chrome at the zip root (Chrome Web Store, Edge Add-ons)
//   bounce-lens-firefox-<version>.zip  dist/firefox at the zip root (addons.mozilla.org)
//   bounce-lens-source-<version>.zip   the source a reviewer rebuilds from (AMO asks for it because the
//                                      shipped code is bundled and minified): no node_modules, no dist
// The version is package.json's, which the build also writes into both manifests; a manifest with another
// version means a stale build, and packaging stops. Entries carry a fixed date so the same input gives the
// same bytes. Usage: node scripts/package.mjs [--out DIR]   (default dist/packages)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const ROOT = path.resolve(import.meta.dirname, '..');
/** 1980-01-01, the earliest date a zip entry can hold: the archive depends on content only. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Never in the source upload, whatever git says: installed, built or generated locally. */
const SOURCE_EXCLUDED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-results', '.vite']);

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function walk(dir, relative = '') {
  const files = [];
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...walk(dir, child));
    else if (entry.isFile()) files.push(child);
  }
  return files.sort();
}

/** The files git tracks: what reviewers rebuild from is what is committed, not a screenshot or a scratch
 *  file lying in the work tree (`npm run demo -- --screenshot card.png` writes one there). Without git (a
 *  tarball), the tree minus the excluded folders. Files deleted in the work tree are left out either way. */
export function sourceFiles(root = ROOT) {
  let files;
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    files = [...new Set(listed.split('\0').filter(Boolean))].sort();
  } catch {
    files = walk(root).filter((file) => !file.split('/').some((part) => SOURCE_EXCLUDED_DIRS.has(part)));
  }
  return files.filter((file) => {
    if (file.split('/').some((part) => SOURCE_EXCLUDED_DIRS.has(part))) return false;
    const full = path.join(root, file);
    return existsSync(full) && statSync(full).isFile();
  });
}

function zipFiles(baseDir, files) {
  const entries = {};
  for (const file of files) entries[file] = [readFileSync(path.join(baseDir, file)), { mtime: FIXED_MTIME }];
  return zipSync(entries, { level: 9 });
}

function builtFiles(browser, version) {
  const dir = path.join(ROOT, 'dist', browser);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.version !== version) {
    throw new Error(`dist/${browser} is version ${manifest.version}, package.json says ${version}: rebuild first`);
  }
  return { dir, files: walk(dir) };
}

export function packageAll(outDir = path.join(ROOT, 'dist/packages')) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const { name, version } = pkg;
  mkdirSync(outDir, { recursive: true });
  const written = [];
  const write = (kind, baseDir, files) => {
    const file = path.join(outDir, `${name}-${kind}-${version}.zip`);
    const bytes = zipFiles(baseDir, files);
    writeFileSync(file, bytes);
    written.push({ file, files: files.length, bytes: bytes.length });
  };
  for (const browser of ['chrome', 'firefox']) {
    const { dir, files } = builtFiles(browser, version);
    write(browser, dir, files);
  }
  write('source', ROOT, sourceFiles());
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = outFlag >= 0 ? path.resolve(process.argv[outFlag + 1] ?? '') : undefined;
  for (const { file, files, bytes } of packageAll(outDir)) {
    console.log(`${path.relative(process.cwd(), file)}  ${(bytes / 1024).toFixed(1)} kB, ${files} files`);
  }
}
