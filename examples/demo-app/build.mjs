// The build: copy the service into dist/ and stamp it with the version build-artifact chose
// (GLIDEPATH_VERSION), so the running service can say which build it is.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('src', 'dist', { recursive: true });
writeFileSync('dist/VERSION', `${process.env.GLIDEPATH_VERSION ?? '0.0.0-dev'}\n`);
