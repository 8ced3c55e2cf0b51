#!/usr/bin/env node
// A committed entry point: npm links a workspace's bin when it installs, before the TypeScript is
// built, so the link must point at a file that already exists.
await import('../dist/cli.js');
