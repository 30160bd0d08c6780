import { render } from 'preact';
import { ReaderApp } from './ReaderApp';
import type { Load, Source } from './load';

/** Renders the clean view into #app (the popup and reader tab load this lazily). */
export function mountReader(props: { surface: 'popup' | 'tab'; source: Source; initial?: Promise<Load> }): void {
  render(<ReaderApp {...props} />, document.getElementById('app')!);
}
