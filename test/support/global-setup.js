// Gives the whole jest run one private temp folder (TMPDIR), removed by global-teardown.js.
// cdktf's Testing helpers, the acceptance workspaces and the emulators' data files all write
// under os.tmpdir(); this way a run leaves nothing behind, and parallel runs do not share files.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-jest-'));
  process.env.CLOUDBRIDGE_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
