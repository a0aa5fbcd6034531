const { execSync } = require('child_process');

// Reached from the handler in the bundle's entry, src/api.js.
exports.archive = (name) => execSync('gzip ' + name); // expect: SEC012 "called from handler 'api.handler'"
