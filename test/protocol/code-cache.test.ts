import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBundle, requireWithCodeCache } from '../../src/protocol/code-cache';

test('a bundle loads through a V8 code cache written next to it, and shares the module cache', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-cache-'));
  try {
    fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = { n: 0 };');
    fs.writeFileSync(path.join(dir, 'thing.js'), "const dep = require('./dep.js'); dep.n++; exports.value = 41 + dep.n; exports.file = __filename;");
    const first = requireWithCodeCache(path.join(dir, 'thing.js')) as { value: number; file: string };
    expect(first).toEqual({ value: 42, file: path.join(dir, 'thing.js') });
    await new Promise((r) => setImmediate(r));
    expect(fs.statSync(path.join(dir, 'thing.js.cache')).size).toBeGreaterThan(0);
    // Loaded once per process, like require.
    expect(requireWithCodeCache(path.join(dir, 'thing.js'))).toBe(first);
    // A bundle that is not there falls back.
    expect(loadBundle(dir, 'absent', () => 'fallback')).toBe('fallback');
    // A corrupt cache is ignored and rewritten.
    fs.writeFileSync(path.join(dir, 'other.js'), 'exports.ok = true;');
    fs.writeFileSync(path.join(dir, 'other.js.cache'), 'garbage');
    expect(loadBundle(dir, 'other', () => ({ ok: false }))).toEqual({ ok: true });
    await new Promise((r) => setImmediate(r));
    expect(fs.readFileSync(path.join(dir, 'other.js.cache')).toString()).not.toBe('garbage');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
