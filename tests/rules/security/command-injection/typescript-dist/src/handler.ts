import { execSync } from 'child_process';

// The manifest names this export (through tsconfig.json's outDir and rootDir), so its first
// parameter is the event, though neither its name nor its shape says so.
export const main = async (request: { body: string }) => execSync('echo ' + request.body); // expect: SEC012 "in handler 'handler.main'"

export const other = async (request: { body: string }) => execSync('echo ' + request.body); // ok: SEC012 (not the handler)
