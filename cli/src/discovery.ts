import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LevelSetting } from '../../server/src/catalogue/playbook-levels.js';
import { findConfigFile } from '../../server/src/config/playbook-config.js';
import { readConfig, type LoadedConfig } from './config.js';

/** Where a file belongs: the root its imports may not leave, and the config that applies to it. */
export interface FileWorkspace {
    /** The workspace root: the config's folder, else the repository's (`.git`), else the file's folder. */
    root: string;
    /** The config file that applies, absolute, or undefined for the defaults. */
    configFile: string | undefined;
}

/** The nearest folder at or above `dir` that holds a `.git` (a folder, or a file in worktrees). */
function repositoryRoot(dir: string): string | undefined {
    for (let current = dir; ; current = path.dirname(current)) {
        if (existsSync(path.join(current, '.git'))) {
            return current;
        }
        if (path.dirname(current) === current) {
            return undefined;
        }
    }
}

/**
 * Finds each file's workspace and config as ESLint finds a file's config: from the file's own
 * folder up, the nearest playbook.config.yaml wins (a nested config replaces the outer one, it
 * is not merged), so the same file gets the same result from any working directory. `--config`
 * names one config for every file; the roots are still found from each file.
 */
export class WorkspaceDiscovery {
    private readonly byFolder = new Map<string, FileWorkspace>();
    private readonly configs = new Map<string, LoadedConfig | { usage: string }>();

    constructor(
        private readonly cwd: string,
        private readonly rules: Readonly<Record<string, LevelSetting>>,
        private readonly explicit?: string,
    ) {}

    /** The workspace of a file (absolute path). */
    workspaceOf(file: string): FileWorkspace {
        const folder = path.dirname(file);
        let found = this.byFolder.get(folder);
        if (!found) {
            const nearest = findConfigFile(folder);
            const root = nearest ? path.dirname(nearest) : repositoryRoot(folder) ?? folder;
            found = { root, configFile: this.explicit === undefined ? nearest : path.resolve(this.cwd, this.explicit) };
            this.byFolder.set(folder, found);
        }
        return found;
    }

    /** The config that applies to a file, read once per config file; or the usage error that stops the run. */
    configOf(file: string): LoadedConfig | { usage: string } {
        const { root, configFile } = this.workspaceOf(file);
        return this.read(configFile, root);
    }

    /** The config `--config` names, read (once) before any file is looked at; undefined without the option. */
    explicitConfig(): LoadedConfig | { usage: string } | undefined {
        return this.explicit === undefined ? undefined : this.read(path.resolve(this.cwd, this.explicit), this.cwd);
    }

    private read(configFile: string | undefined, root: string): LoadedConfig | { usage: string } {
        const key = configFile ?? `defaults:${root}`;
        let loaded = this.configs.get(key);
        if (!loaded) {
            loaded = readConfig(configFile, this.cwd, root, this.rules, this.explicit);
            this.configs.set(key, loaded);
        }
        return loaded;
    }

    /** Every config read so far, for their findings and to know what was an input. */
    loaded(): LoadedConfig[] {
        return [...this.configs.values()].filter((c): c is LoadedConfig => !('usage' in c));
    }
}
