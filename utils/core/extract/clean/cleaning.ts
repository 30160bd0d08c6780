/**
 * What the cleaning steps after Readability share: the body's blocks, the
 * ones already removed, and what the page told about itself. Each step is a
 * named function of this state; `remove` reports the step's name to an
 * observer (the extraction bench's --why), so a newcomer can see which rule
 * took which text.
 */
import { collectBlocks, type Block } from '../blocks';

export interface PostCleanContext {
  title: string | null;
  removedBlocks?: string[];
  articleBody?: string | null;
  /** The page's host name without www., to tell links to the same site. */
  host?: string | null;
  /** Told of every block a step removes (rule name, its text). */
  onRemove?: (rule: string, text: string) => void;
}

export class Cleaning {
  /** Every block of the body as Readability left it, removed ones included. */
  readonly all: Block[];
  /** The blocks still in the body; refreshed between steps. */
  blocks: Block[];
  readonly removed = new Set<Element>();

  constructor(
    readonly root: Element,
    readonly page: PostCleanContext,
  ) {
    this.all = collectBlocks(root);
    this.blocks = this.all;
  }

  /** Marks a block removed; `commit` takes them out of the body (the safety net may keep them all instead). */
  remove(b: Block, rule: string): void {
    this.page.onRemove?.(rule, b.text);
    this.removed.add(b.el);
  }

  /** Takes every removed block out of the body. */
  commit(): void {
    for (const el of this.removed) el.remove();
  }

  isRemoved(b: Block): boolean {
    return this.removed.has(b.el);
  }

  /** Drops removed blocks from `blocks`. */
  refresh(): void {
    this.blocks = this.blocks.filter((b) => !this.removed.has(b.el));
  }
}

/** One cleaning rule, by name: see postClean for their order and why it matters. */
export interface CleaningStep {
  name: string;
  run(c: Cleaning): void;
}
