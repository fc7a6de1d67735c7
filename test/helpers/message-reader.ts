import type { Readable } from 'node:stream';
import { StreamMessageReader } from 'vscode-jsonrpc/node';

/**
 * A reader of a language server's stdout for the tests. vscode-jsonrpc 10 arms a 10 s timer when
 * a message arrives in parts and re-arms it for as long as the message stays incomplete; neither
 * dispose() nor the stream's end clears it. A server killed in the middle of a write so left a
 * timer that held mocha's process for ever (stop 24's CI: 791 passing, then 90 minutes of
 * nothing; the exit watchdog traced it to `StreamMessageReader.setPartialMessageTimer`). The
 * tests never listen for partial messages, so the timer is switched off.
 */
export function serverOutputReader(stdout: Readable): StreamMessageReader {
    const reader = new StreamMessageReader(stdout);
    reader.partialMessageTimeout = 0;
    return reader;
}
