'use strict';
// Test fixture, never run: shipped in the tarball but outside nodes/ and credentials/, so only the scanner's
// tarball leg sees it.
module.exports = { token: process.env.NPM_TOKEN };
