#!/usr/bin/env node
// A committed entry point: npm links a workspace's bin when it installs, before the TypeScript is
// built, so the link must point at a file that already exists.
// The command line's bundle (scripts/bundle-cli.js): one file loads faster than 900 modules.
await import('../dist/cli-bundle/cli.js');
