// Writes src/core/attestation/public-good-root.json: Sigstore's public-good trusted_root.json as
// @sigstore/tuf ships it in its seeds.json (the TUF repository's signed target, embedded so that a
// promotion verifies attestations without fetching TUF metadata at run time).
// Run: npm pack @sigstore/tuf@<version> && tar xzf sigstore-tuf-*.tgz &&
//      node scripts/trusted-root.mjs package/seeds.json <version>
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [seedsFile, version] = process.argv.slice(2);
if (!seedsFile || !version) {
  console.error('usage: node scripts/trusted-root.mjs <@sigstore/tuf seeds.json> <its version>');
  process.exitCode = 2;
} else {
  const seeds = JSON.parse(readFileSync(seedsFile, 'utf8'));
  const encoded = seeds['https://tuf-repo-cdn.sigstore.dev']?.targets?.['trusted_root.json'];
  if (!encoded)
    throw new Error('no trusted_root.json target for tuf-repo-cdn.sigstore.dev in the seeds');
  const root = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  const out = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    'src/core/attestation/public-good-root.json',
  );
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedBy: 'scripts/trusted-root.mjs: do not edit',
        source: `@sigstore/tuf ${version}'s seeds.json`,
        root,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${out}`);
}
