import { DEFAULT_CONFIG, type PlaybookConfig } from './playbook-config.js';

/**
 * Holds the configuration validation runs under. The CLI sets it from the file it found; the
 * language server sets it from the workspace root and re-validates when the file changes.
 */
export class PlaybookConfigProvider {
    private config: PlaybookConfig = DEFAULT_CONFIG;

    /** The configuration in force. */
    get(): PlaybookConfig {
        return this.config;
    }

    /** Replaces the configuration; callers re-validate the documents that should see it. */
    set(config: PlaybookConfig): void {
        this.config = config;
    }
}
