import type { Download } from '../../../components/list/download';
import type { ExportKind } from '../../core/library/export/build';

/** What the list page asks the export worker for: every article, or those URLs. */
export interface ExportRequest {
  kind: ExportKind;
  urls?: string[];
}

/** The finished file comes back as a Blob: posting one hands over a reference, not the bytes. */
export type ExportReply = { ok: true; download: Download; count: number } | { ok: false; message: string };
