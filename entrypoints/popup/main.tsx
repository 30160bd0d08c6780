import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { targetTabId } from '@/utils/extension/tab-article';
import '@/components/theme.css';
import '@/components/reader/reader.css';

// The popup shows the clean view of `?tabId=N` (the reader tab and tests use
// that) or of the active tab, which the toolbar click or shortcut just granted.
targetTabId(location.search).then((tabId) => {
  render(<ReaderApp surface="popup" source={{ kind: 'tab', tabId }} />, document.getElementById('app')!);
});
