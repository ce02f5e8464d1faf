#!/usr/bin/env node
'use strict';
// The published command: a thin shim over the bundled CLI in dist/ (built by `npm install`).
require('../dist/cli.js');
