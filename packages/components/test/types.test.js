// Type-checks the generated dist/types/*.d.ts: test/types/* use them, correctly and (under
// `@ts-expect-error`) wrongly, and must compile, against the real react, preact, solid-js and vue
// packages (devDependencies).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

test('the generated framework typings accept right and refuse wrong attributes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qx-types-'));
  try {
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: here('../../../tsconfig.base.json'),
        compilerOptions: { noEmit: true, jsx: 'react-jsx', types: [], skipLibCheck: false },
        files: ['react.tsx', 'preact.tsx', 'solid.tsx', 'vue.ts'].map((file) =>
          here(`types/${file}`),
        ),
      }),
    );
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], {
        encoding: 'utf8',
      });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
