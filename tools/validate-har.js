#!/usr/bin/env node
// Validates HAR files against the HAR 1.2 JSON schema with the npm package har-validator
// (installed by tools/dev.sh into build/npm; NODE_PATH points there). Prints one line per file;
// exit 0 when all are valid, 1 when one is not, 2 when the validator cannot be loaded.
'use strict';
const fs = require('fs');
let validator;
try {
    validator = require('har-validator');
} catch (e) {
    console.error('har-validator is not installed (tools/dev.sh deps installs it into build/npm): ' + e.message);
    process.exit(2);
}
(async () => {
    let bad = 0;
    for (const file of process.argv.slice(2)) {
        try {
            await validator.har(JSON.parse(fs.readFileSync(file, 'utf8')));
            console.log('valid: ' + file);
        } catch (e) {
            bad++;
            console.log('INVALID: ' + file + ': ' + (e.errors ? JSON.stringify(e.errors) : e.message));
        }
    }
    process.exit(bad ? 1 : 0);
})();
