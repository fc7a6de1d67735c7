/** Tells date-based rules what day it is; tests inject a fixed day. */
export class PlaybookClock {
    constructor(private readonly now: () => Date = () => new Date()) {}

    /** Today as YYYY-MM-DD in UTC. */
    today(): string {
        return this.now().toISOString().slice(0, 10);
    }
}

/** A clock stuck on one day, for tests and reproducible runs. */
export class FixedClock extends PlaybookClock {
    constructor(private readonly day: string) {
        super();
    }

    override today(): string {
        return this.day;
    }
}
