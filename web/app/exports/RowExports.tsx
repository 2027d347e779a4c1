import { Loading } from '../../shared/ui/Loading.tsx';
import { RowExportFiles, type RowFile } from './RowExportFiles.tsx';
import { useRowExports } from './useRowExports.ts';

type Props = {
  orgId: string;
  surveyId: string;
  /** Read again when it changes: closing or reopening changes what can be had. */
  status: string;
  k: number;
  /** The answers as given (results page) or the scored responses (report page). */
  kind: 'answers' | 'scores';
  files: RowFile[];
};

/** The row-by-row files of a survey, once `GET …/exports` has said what can be had and why not. */
export function RowExports({ orgId, surveyId, status, k, kind, files }: Props) {
  const [exports, reloadExports] = useRowExports(orgId, surveyId, status);
  if (exports.kind !== 'ok') return <Loading />;
  return <RowExportFiles availability={exports.data[kind]} owner={exports.data.owner} onRefused={() => void reloadExports()} k={k} files={files} />;
}
