import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Me } from '../../../schema/accounts.ts';
import { apiFor } from '../../shared/api/client.ts';
import { commonText } from '../../shared/i18n/common-text.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { useDocumentTitle } from '../../shared/ui/document-title.ts';
import { LangSwitch } from '../../shared/ui/LangSwitch.tsx';
import { Loading } from '../../shared/ui/Loading.tsx';
import { Logo } from '../../shared/ui/Logo.tsx';
import { Notice } from '../../shared/ui/Notice.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { useSetLang } from './lang.ts';
import { currentOrganisation, forgetMe, rememberOrganisation, setMe, useMeState } from './me.ts';
import { Link, navigate, usePath, wasNavigated } from './router.tsx';
import { frameText } from './text.ts';
import './frame.css';

export type CoordinatorFrameProps = {
  /** The page's name: the tab title (« <title> – Pouls ») and the page's <h1>. */
  title: string;
  children?: ComponentChildren;
  /** The organisation the page belongs to; without it, the current one (last opened, else the first). */
  orgId?: string;
  /** Shown above the heading: a link back to where the page was opened from. */
  back?: { href: string; label: string };
  /** Beside the heading (a status badge, a main action). */
  headingExtra?: ComponentChildren;
  /** Set when the page renders its own <h1> (the frame then renders none). */
  ownHeading?: boolean;
  /** Wider main column (results, tables). */
  wide?: boolean;
};

/**
 * The frame of every signed-in page: skip link, header (logo, organisation and its switcher, main navigation,
 * language, account menu with sign-out), the page's <h1>, `<main id="main">`, footer.
 * It waits for the signed-in account (`useMe`), sending the person to /login without a session, so pages
 * inside it can rely on it. Pages start their own headings at <h2>: the frame renders the <h1> from `title`.
 */
export function CoordinatorFrame({ title, children, orgId, back, headingExtra, ownHeading, wide }: CoordinatorFrameProps) {
  const { me, failed, retry } = useMeState();
  const text = useText(frameText);
  const common = useText(commonText);
  const setLang = useSetLang();
  useDocumentTitle(title);
  const org = me ? currentOrganisation(me, orgId) : null;
  useEffect(() => {
    if (org) rememberOrganisation(org.id);
  }, [org?.id]);

  const heading = useRef<HTMLHeadingElement>(null);
  const path = usePath();
  // A new page is announced from its heading, as a page load would be.
  useLayoutEffect(() => {
    if (me && wasNavigated()) heading.current?.focus({ preventScroll: true });
  }, [path, !!me]);

  // The heading is there from the first paint (the title is known before the account is), so every state of the page has its <h1>.
  const pageHeading = !ownHeading && (
    <div class="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {me && headingExtra}
    </div>
  );
  let body: ComponentChildren;
  if (failed)
    body = (
      <>
        {pageHeading}
        <LoadError inPage onRetry={retry} />
      </>
    );
  else if (!me)
    body = (
      <>
        {pageHeading}
        <Loading />
      </>
    );
  else if (orgId && !org)
    body = (
      <Notice title={text.noOrgTitle} tone="warning">
        <p>{text.noOrg}</p>
        <p>
          <Link href="/app">{text.backToDashboard}</Link>
        </p>
      </Notice>
    );
  else
    body = (
      <>
        {back && (
          <p class="back-link">
            <Link href={back.href}>
              <span aria-hidden="true">← </span>
              {back.label}
            </Link>
          </p>
        )}
        {pageHeading}
        {children}
      </>
    );

  return (
    <div class="coord">
      <a class="skip-link" href="#main">
        {common.skipLink}
      </a>
      <header class="coord-header">
        <div class="coord-header-inner">
          <Link class="brand" href={org ? `/app/o/${org.id}` : '/app'} aria-label={text.dashboardLink}>
            <Logo />
            Pouls
          </Link>
          {me && org && <OrganisationSwitch me={me} org={org} />}
          <div class="coord-header-tools">
            <LangSwitch onSwitch={setLang} />
            {me && <AccountMenu me={me} />}
          </div>
        </div>
        {me && org && <MainNav orgId={org.id} path={path} />}
      </header>
      <main id="main" class={wide ? 'coord-main coord-main-wide' : 'coord-main'} tabIndex={-1}>
        {body}
      </main>
      <footer class="site-footer coord-footer">
        <p>{text.footer}</p>
      </footer>
    </div>
  );
}

function MainNav({ orgId, path }: { orgId: string; path: string }) {
  const text = useText(frameText);
  const items = [
    { href: `/app/o/${orgId}`, label: text.navSurveys, current: path === '/app' || path === `/app/o/${orgId}` || path.startsWith(`/app/o/${orgId}/s/`) },
    { href: `/app/o/${orgId}/live`, label: text.navLive, current: path.startsWith(`/app/o/${orgId}/live`) },
    { href: `/app/o/${orgId}/boxes`, label: text.navIdeas, current: path.startsWith(`/app/o/${orgId}/boxes`) },
    {
      href: `/app/o/${orgId}/members`,
      label: text.navMembers,
      current: path.startsWith(`/app/o/${orgId}/members`) || path.startsWith(`/app/o/${orgId}/audit`),
    },
    { href: '/app/account', label: text.navAccount, current: path === '/app/account' },
  ];
  return (
    <nav class="coord-nav" aria-label={text.mainNav}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A disclosure (<details>) rather than a menu: links, native keyboard support, closes on Escape and outside clicks. */
function useDisclosure() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return ref;
}

function OrganisationSwitch({ me, org }: { me: Me; org: Me['organisations'][number] }) {
  const text = useText(frameText);
  const ref = useDisclosure();
  if (me.organisations.length < 2)
    return (
      <p class="coord-org">
        <span class="sr-only">{text.organisation} : </span>
        {org.name}
      </p>
    );
  return (
    <details class="coord-org coord-disclosure" ref={ref}>
      <summary>
        <span class="sr-only">{text.switchOrganisation} – </span>
        {org.name}
      </summary>
      <ul class="coord-popover">
        {me.organisations.map((other) => (
          <li key={other.id}>
            <Link
              href={`/app/o/${other.id}`}
              aria-current={other.id === org.id ? 'true' : undefined}
              onClick={() => {
                if (ref.current) ref.current.open = false;
              }}
            >
              {other.name}
              {other.id === org.id && <span class="sr-only"> ({text.currentOrganisation})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

function AccountMenu({ me }: { me: Me }) {
  const text = useText(frameText);
  const lang = useLang();
  const ref = useDisclosure();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await apiFor(lang).auth['sign-out'].$post();
    } finally {
      forgetMe();
      setMe(null);
      navigate('/login', { replace: true });
    }
  };
  const initials = me.user.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  return (
    <details class="coord-account coord-disclosure" ref={ref}>
      <summary>
        <span class="avatar" aria-hidden="true">
          {initials || '?'}
        </span>
        <span class="sr-only">
          {text.accountMenu} – {me.user.name}
        </span>
      </summary>
      <div class="coord-popover coord-popover-end">
        <p class="coord-account-who">
          <span class="coord-muted">{text.signedInAs}</span>
          <strong>{me.user.name}</strong>
          <span class="coord-muted">{me.user.email}</span>
        </p>
        <ul>
          <li>
            <Link
              href="/app/account"
              onClick={() => {
                if (ref.current) ref.current.open = false;
              }}
            >
              {text.navAccount}
            </Link>
          </li>
          <li>
            <button type="button" class="link-button" onClick={signOut} disabled={busy}>
              {busy ? text.signingOut : text.signOut}
            </button>
          </li>
        </ul>
      </div>
    </details>
  );
}
