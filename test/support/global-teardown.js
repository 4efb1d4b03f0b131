// Removes the run's private temp folder made by global-setup.js (unless CLOUDBRIDGE_KEEP_TMP is set).
'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const dir = process.env.CLOUDBRIDGE_JEST_TMPDIR;
  if (!dir) return;
  if (process.env.CLOUDBRIDGE_KEEP_TMP) {
    process.stderr.write(`jest: kept ${dir} (CLOUDBRIDGE_KEEP_TMP)\n`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
};
