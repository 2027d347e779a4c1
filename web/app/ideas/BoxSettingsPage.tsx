import { useState } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { formFrom } from './box-form.ts';
import { BoxEditor } from './BoxEditor.tsx';
import { BoxFrame } from './BoxFrame.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { publicLink } from './links.ts';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes/:boxId/settings`: the box's texts, themes, audience, k and limits; the members' link. */
export function BoxSettingsPage({ orgId, boxId }: { orgId: string; boxId: string }) {
  const text = useText(boxText);
  const api = useBoxesApi(orgId);
  const [saved, setSaved] = useState('');
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab="settings" pageTitle={text.settingsTitle}>
      {(box, reload) => (
        <>
          <LiveStatus message={saved} visible />
          {box.memberKey && <CopyField id="member-link" label={text.memberLink} hint={text.memberLinkHint} value={publicLink(box)} />}
          <BoxEditor
            key={box.version}
            initial={formFrom(box, true)}
            withStatus
            submitLabel={text.save}
            busyLabel={text.saving}
            onSubmit={async (input) => {
              setSaved('');
              const outcome = await api.update(boxId, input);
              if (!outcome.ok) return outcome.errors;
              setSaved(text.saved);
              await reload();
              return [];
            }}
          />
        </>
      )}
    </BoxFrame>
  );
}
