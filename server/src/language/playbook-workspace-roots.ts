import { URI, type LangiumSharedCoreServices } from 'langium';

/**
 * The folders a workspace is made of, so that an `import` cannot reach outside them. The
 * language server takes them from the editor's workspace folders; the CLI sets them to the
 * folder of playbook.config.yaml, else the working directory. With no roots known (a loose
 * file in an editor with no folder open) nothing is outside.
 */
export class PlaybookWorkspaceRoots {
    private explicit: URI[] | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices) {}

    /** Sets the roots, overriding the editor's workspace folders. */
    set(roots: readonly URI[]): void {
        this.explicit = [...roots];
    }

    /** The roots in force, or undefined when none are known. */
    get(): URI[] | undefined {
        return this.explicit ?? this.shared.workspace.WorkspaceManager.workspaceFolders?.map(folder => URI.parse(folder.uri));
    }

    /** True when the file lies in one of the roots, or when no roots are known. */
    contains(uri: URI): boolean {
        const roots = this.get();
        return !roots || roots.length === 0 || roots.some(root => isWithin(root, uri));
    }
}

/** True when `uri` is `root` or below it; paths are compared after normalisation, segment by segment. */
export function isWithin(root: URI, uri: URI): boolean {
    if (root.scheme !== uri.scheme || root.authority.toLowerCase() !== uri.authority.toLowerCase()) {
        return false;
    }
    const rootPath = normalise(root.path).replace(/\/+$/, '');
    const path = normalise(uri.path);
    const fold = (s: string) => (uri.scheme === 'file' && isCaseInsensitive(rootPath) ? s.toLowerCase() : s);
    return fold(path) === fold(rootPath) || fold(path).startsWith(fold(rootPath) + '/');
}

/** Resolves `.` and `..` segments, so that `/ws/a/../../etc` is seen as `/etc`. */
function normalise(path: string): string {
    const out: string[] = [];
    for (const segment of path.split('/')) {
        if (segment === '..') {
            out.pop();
        } else if (segment !== '.' && segment !== '') {
            out.push(segment);
        }
    }
    return '/' + out.join('/');
}

/** Windows drive paths (`/c:/...`) compare without regard to case, as the file system does. */
function isCaseInsensitive(path: string): boolean {
    return /^\/[a-zA-Z]:/.test(path);
}

/**
 * The CLI's workspace: the folder of the playbook.config.yaml found from the working directory,
 * else the working directory; a file named on the command line outside it brings in the folder
 * of the config above that file, else its own folder. `findConfig` returns a config file's path.
 */
export function cliWorkspaceRoots(files: readonly string[], cwd: string, findConfig: (dir: string) => string | undefined): URI[] {
    const rootOf = (dir: string, fallback: string) => {
        const config = findConfig(dir);
        return URI.file(config ? parentFolder(config) : fallback);
    };
    const roots = [rootOf(cwd, cwd)];
    for (const file of files) {
        const uri = URI.file(file);
        if (!roots.some(root => isWithin(root, uri))) {
            roots.push(rootOf(parentFolder(file), parentFolder(file)));
        }
    }
    return roots;
}

function parentFolder(file: string): string {
    return file.replace(/[\\/][^\\/]*$/, '') || '/';
}
