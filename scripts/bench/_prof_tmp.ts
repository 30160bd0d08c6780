import { sampleArticles } from '../../utils/library/sample';
import { exportMarkdownZip } from '../../utils/library/export/markdown';
const items = sampleArticles(10000, 30);
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  exportMarkdownZip(items);
  console.log('md zip', (performance.now() - t).toFixed(0));
}
