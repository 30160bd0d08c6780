import type { ExportKind } from '@/utils/core/library/export/build';
import { t, tn } from '@/utils/platform/i18n';
import type { MessageKey } from '@/utils/core/i18n/messages';

export const EXPORTS: { kind: ExportKind; label: MessageKey; hint: MessageKey | '' }[] = [
  { kind: 'json', label: 'exportJson', hint: 'exportJsonHint' },
  { kind: 'markdown-zip', label: 'exportMarkdownZip', hint: 'exportMarkdownZipHint' },
  { kind: 'markdown', label: 'exportMarkdown', hint: '' },
  { kind: 'epub', label: 'exportEpub', hint: 'exportEpubHint' },
  { kind: 'netscape', label: 'exportBookmarks', hint: 'exportBookmarksHint' },
  { kind: 'pocket', label: 'exportPocket', hint: 'exportPocketHint' },
  { kind: 'instapaper', label: 'exportInstapaper', hint: '' },
];

interface Props {
  selectedCount: number;
  busy: boolean;
  onExport(kind: ExportKind, onlySelected: boolean): void;
  onImport(file: File): void;
}

/** Export (the selection or everything) and import. */
export function ExportPanel({ selectedCount, busy, onExport, onImport }: Props) {
  const heading = selectedCount > 0 ? tn('exportSelected', selectedCount) : t('exportAll');
  return (
    <section class="export-panel" aria-labelledby="export-h">
      <h2 id="export-h">{heading}</h2>
      <div class="export-buttons">
        {EXPORTS.map((e) => (
          <button
            key={e.kind}
            type="button"
            disabled={busy}
            title={e.hint ? t(e.hint) : undefined}
            onClick={() => onExport(e.kind, selectedCount > 0)}
          >
            {t(e.label)}
          </button>
        ))}
      </div>
      <label class="import">
        <span>{t('importHint')}</span>
        <input
          type="file"
          accept=".json,.csv,.html,.htm,.zip,application/json,text/csv,text/html,application/zip"
          disabled={busy}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) onImport(f);
          }}
        />
      </label>
    </section>
  );
}
