import { useMemo, useState } from 'preact/hooks';
import type { BoxPublic } from '../../schema/ideas.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { reportIdea, type Contributor } from './api.ts';
import { BoxHeading } from './BoxHeading.tsx';
import { BoxNav } from './BoxNav.tsx';
import { deviceToken, keepReceipt, keepSupports, ownSupports } from './device.ts';
import { IdeasByTheme } from './IdeasByTheme.tsx';
import { pageHref, type BoxAddress } from './paths.ts';
import { PrivacyNote } from './PrivacyNote.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { ReceiptCard } from './ReceiptCard.tsx';
import { ideasText } from './text.ts';
import { useSupports } from './useSupports.ts';

/** `/b/:slug` on a phone: propose an idea (anonymous), support the ones shown. */
export function BoxPage({ address, box }: { address: BoxAddress; box: BoxPublic }) {
  const text = useText(ideasText);
  const lang = useLang();
  const who = useMemo<Contributor>(() => ({ kind: 'device', token: deviceToken(address.slug) }), [address.slug]);
  const supports = useSupports({ address, lang, who, initial: ownSupports(address.slug), keep: (ids) => keepSupports(address.slug, ids) });
  const [sent, setSent] = useState<string | null>(null);
  const open = box.status === 'open';

  const report = async (ideaId: string) => {
    const done = await reportIdea(address, lang, who, ideaId);
    return done.ok;
  };

  return (
    <>
      <BoxHeading box={box} />
      <BoxNav address={address} current="box" />
      {!open && (
        <p class="box-closed" role="status">
          {text.closed}
        </p>
      )}
      {open && (
        <section class="box-card" aria-labelledby={sent ? undefined : 'propose-title'}>
          {sent ? (
            <ReceiptCard receipt={sent} kept followHref={pageHref(address, 'receipt')} onAnother={() => setSent(null)} />
          ) : (
            <>
              <h2 id="propose-title">{text.proposeTitle}</h2>
              <p class="hint">{text.proposeLead}</p>
              {box.privacy?.[lang] && <PrivacyNote notice={box.privacy[lang]} />}
              <ProposeForm
                address={address}
                who={who}
                themes={box.themes}
                k={box.k}
                supported={supports.supported}
                onSupport={(id) => void supports.set(id, true)}
                onSent={(receipt, idea) => {
                  keepReceipt(address.slug, { code: receipt, excerpt: idea.slice(0, 80) });
                  setSent(receipt);
                }}
              />
            </>
          )}
        </section>
      )}
      <section class="box-ideas" aria-labelledby="ideas-title">
        <h2 id="ideas-title">{text.ideasTitle}</h2>
        {open && <p class="hint">{text.ideasLead}</p>}
        <p role="status" class="support-status">
          {supports.message}
        </p>
        <IdeasByTheme
          box={box}
          supported={supports.supported}
          counts={supports.counts}
          onToggle={open ? (id) => void supports.toggle(id) : undefined}
          onReport={report}
        />
      </section>
    </>
  );
}
