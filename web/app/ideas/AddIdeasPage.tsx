import { useText } from '../../shared/i18n/lang.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { ImportTextsForm } from './ImportTextsForm.tsx';
import { PaperSlipForm } from './PaperSlipForm.tsx';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes/:boxId/add`: slips from the paper box, and a survey's free texts, into moderation. */
export function AddIdeasPage({ orgId, boxId }: { orgId: string; boxId: string }) {
  const text = useText(boxText);
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab="add" pageTitle={text.addTitle}>
      {(box) => (
        <>
          <PaperSlipForm orgId={orgId} box={box} />
          <ImportTextsForm orgId={orgId} box={box} />
        </>
      )}
    </BoxFrame>
  );
}
