// The page `clsm web` writes (SPEC §10): one self-contained HTML file, dist/clsm.html, from src/web/main.ts (the core
// bundled for a browser), src/web/page.css and the Code officiel géographique gzip-compressed in base64 (unpacked in
// the page by DecompressionStream). The Content-Security-Policy allows exactly the one script and the one style, by
// their SHA-256 hashes: no other script, no eval, no request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The territory module replaced by its metadata and an empty table: the page carries the table compressed. */
function territoryOutside(root) {
  return {
    name: 'territory-outside-page',
    setup(build) {
      build.onResolve({ filter: /generated\/territory-data(\.js)?$/ }, () => ({ path: 'territory-data', namespace: 'territory-outside-page' }));
      build.onLoad({ filter: /.*/, namespace: 'territory-outside-page' }, () => ({
        contents: "export { TERRITORY_META } from './territory-meta.ts'; export const TERRITORY_TABLE = '';",
        loader: 'ts',
        resolveDir: path.join(root, 'src', 'generated'),
      }));
    },
  };
}

export async function buildWebPage(root, dist, esbuild) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'web', 'main.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    minify: !process.env.CLSM_NO_MINIFY,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // csv-stringify's Node build uses Buffer: its browser build carries the few lines of it that it needs.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    plugins: [territoryOutside(root)],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const system = inputs.filter((input) => input.startsWith('node:') || /(^|\/)src\/(input|output|commands|run)\//.test(input));
  if (system.length > 0) throw new Error(`La page embarque des modules du système : ${system.join(', ')}`);
  // `</script` inside the script would end it early: written `<\/script`, the same string for JavaScript.
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').trim();
  const style = fs.readFileSync(path.join(root, 'src', 'web', 'page.css'), 'utf8').trim();
  const territory = zlib.gzipSync(fs.readFileSync(path.join(root, 'src', 'generated', 'territory.txt')), { level: 9 }).toString('base64');
  const csp = [`default-src 'none'`, `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  const page = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="clsm ${version} web">
<title>clsm — vérifier un conseil local de santé mentale</title>
<style>${style}</style></head>
<body><a class="skip" href="#contenu">Aller au contenu</a>
<header id="entete"><h1>clsm — vérifier un conseil local de santé mentale</h1></header>
<main id="contenu">
<section id="commencer" aria-labelledby="titre-commencer"></section>
<section id="lot" aria-labelledby="titre-lot" hidden></section>
<section id="profil" aria-labelledby="titre-profil" hidden></section>
</main>
<footer id="pied"></footer>
<div id="annonces" class="visually-hidden" role="status" aria-live="polite"></div>
<noscript><p>Cette page a besoin de JavaScript, qui s’exécute sur cet ordinateur seulement : aucune donnée n’est envoyée.</p></noscript>
<script type="application/octet-stream" id="cog">${territory}</script>
<script>${script}</script>
</body></html>
`;
  fs.writeFileSync(path.join(dist, 'clsm.html'), page);
  return { bytes: Buffer.byteLength(page), inputs: result.metafile };
}
