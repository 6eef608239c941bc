import 'server-only';

/** Collects every problem found in the content so one build run reports them all. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export class Problems {
  readonly list: string[] = [];
  add(file: string, message: string) {
    this.list.push(`${file}: ${message}`);
  }
  throwIfAny() {
    if (this.list.length) throw new ContentError(this.list);
  }
}
