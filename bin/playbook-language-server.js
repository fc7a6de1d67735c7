#!/usr/bin/env node
// Runs the same language server as the VS Code extension; editors pass --stdio.
import '../dist/server.cjs';
