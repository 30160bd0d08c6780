import type { ExportKind } from '@/utils/core/library/export/build';

export const EXPORTS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'json', label: 'Sift backup (JSON)', hint: 'Everything, for importing into Sift' },
  { kind: 'markdown-zip', label: 'Markdown notes (.zip)', hint: 'One note per article, for Obsidian' },
  { kind: 'markdown', label: 'Markdown (one file)', hint: '' },
  { kind: 'epub', label: 'EPUB book', hint: 'For e-readers; images left out' },
  { kind: 'netscape', label: 'Bookmarks (HTML)', hint: 'Browsers, Raindrop, Karakeep' },
  { kind: 'pocket', label: 'Pocket CSV', hint: 'Wallabag, Karakeep, Readwise' },
  { kind: 'instapaper', label: 'Instapaper CSV', hint: '' },
];

interface Props {
  selectedCount: number;
  busy: boolean;
  onExport(kind: ExportKind, onlySelected: boolean): void;
  onImport(file: File): void;
}

/** Export (the selection or everything) and import. */
export function ExportPanel({ selectedCount, busy, onExport, onImport }: Props) {
  const scope = selectedCount > 0 ? `${selectedCount} selected` : 'all articles';
  return (
    <section class="export-panel" aria-labelledby="export-h">
      <h2 id="export-h">Export {scope}</h2>
      <div class="export-buttons">
        {EXPORTS.map((e) => (
          <button
            key={e.kind}
            type="button"
            disabled={busy}
            title={e.hint || undefined}
            onClick={() => onExport(e.kind, selectedCount > 0)}
          >
            {e.label}
          </button>
        ))}
      </div>
      <label class="import">
        <span>Import a Sift backup, Pocket, Instapaper or Raindrop CSV, an Omnivore export (.zip), or a bookmarks file</span>
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
