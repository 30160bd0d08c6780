import type { ExportFile } from '@/utils/library/export/types';
import type { ExportKind } from './ExportPanel';

/** What the list page asks the export worker for: every article, or those URLs. */
export interface ExportRequest {
  kind: ExportKind;
  urls?: string[];
}

export type ExportReply = { ok: true; file: ExportFile; count: number } | { ok: false; message: string };
