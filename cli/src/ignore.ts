import * as path from 'node:path';
import { minimatch } from 'minimatch';

/**
 * The config's `ignore` patterns: minimatch globs relative to the folder of the config file
 * (the working directory when there is none). They apply to files found by searching a folder
 * or expanding a glob, never to a file named on the command line.
 */
export class IgnoreRules {
    constructor(private readonly baseDir: string, private readonly patterns: readonly string[]) {}

    /** True when a pattern matches the file. */
    ignores(file: string): boolean {
        const relative = this.relative(file);
        return relative !== undefined && this.patterns.some(p => minimatch(relative, p, { dot: true }));
    }

    /**
     * The rules for searching a folder named on the command line: the patterns that ignore
     * that folder (or a folder above it) as a whole, such as `samples/invalid/**`, are lifted,
     * because naming a folder asks for it to be checked; the other patterns still apply.
     */
    within(dir: string): IgnoreRules {
        const lifted = new Set<string>();
        for (let current = dir; ; current = path.dirname(current)) {
            const relative = this.relative(current);
            if (relative === undefined || relative === '') {
                break;
            }
            this.patterns.filter(p => ignoresFolder(relative, p)).forEach(p => lifted.add(p));
            if (path.dirname(current) === current) {
                break;
            }
        }
        return new IgnoreRules(this.baseDir, this.patterns.filter(p => !lifted.has(p)));
    }

    private relative(file: string): string | undefined {
        const relative = path.relative(this.baseDir, file);
        return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
    }
}

/** True when a pattern names a folder as a whole: `dir`, `dir/` or `dir/**`. */
function ignoresFolder(folder: string, pattern: string): boolean {
    const bare = pattern.replace(/\/(\*\*)?$/, '');
    return minimatch(folder, bare, { dot: true });
}
