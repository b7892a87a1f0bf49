// Writes src/core/attestation/github-tuf-root.json: the TUF root metadata of GitHub's TUF repository
// (https://tuf-repo.github.com), which serves the trusted root of GitHub's own Sigstore instance
// (the one that signs private repositories' attestations). The trusted root itself is not
// embedded: GitHub rotates its Fulcio intermediates yearly, so Glidepath fetches it through TUF at
// run time, as `gh attestation verify` does, and this root metadata is the anchor of that fetch
// (TUF follows GitHub's root rotations from it, each signed by a threshold of the previous keys).
//
// Source: the root.json the GitHub CLI embeds (cli/cli,
// pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json); GitHub's helm charts for
// the Sigstore policy-controller embed the same version. The script checks that it is TUF root
// metadata signed by a threshold of its own root keys before writing it.
// Run: node scripts/github-tuf-root.mjs <root.json> "<where it came from, with commit>"
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Metadata, MetadataKind } from '@tufjs/models';

const [file, source] = process.argv.slice(2);
if (!file || !source) {
  console.error('usage: node scripts/github-tuf-root.mjs <root.json> "<source>"');
  process.exitCode = 2;
} else {
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text);
  const root = Metadata.fromJSON(MetadataKind.Root, json);
  root.verifyDelegate(MetadataKind.Root, root); // throws unless a threshold of its keys signed it
  const out = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    'src/core/attestation/github-tuf-root.json',
  );
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedBy: 'scripts/github-tuf-root.mjs: do not edit',
        source,
        sha256,
        mirror: 'https://tuf-repo.github.com',
        root: json,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${out} (root version ${root.signed.version})`);
}
