import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LangContext, useLangState, useText } from '../shared/i18n/lang.ts';
import { Loading } from '../shared/ui/Loading.tsx';
import { AcceptInvitePage } from './auth/InvitePage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { ResetPage } from './auth/ResetPage.tsx';
import { IdeasPages } from './ideas/IdeasPages.tsx';
import { LiveConsolePage } from './live/LiveConsolePage.tsx';
import { LiveListPage } from './live/LiveListPage.tsx';
import { ProjectorPage } from './live/ProjectorPage.tsx';
import { SetupPage } from './auth/SetupPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { NewSurveyPage } from './dashboard/NewSurveyPage.tsx';
import { CoordinatorFrame } from './frame/CoordinatorFrame.tsx';
import { SetLangContext } from './frame/lang.ts';
import { navigate, usePath } from './frame/router.tsx';
import { AccountPage } from './members/AccountPage.tsx';
import { AuditPage } from './members/AuditPage.tsx';
import { MembersPage } from './members/MembersPage.tsx';
import { ReportPage } from './report/ReportPage.tsx';
import { RegisterPage } from './results/RegisterPage.tsx';
import { ResultsPage } from './results/ResultsPage.tsx';
import { matchRoute, paths, type Route } from './routes.ts';
import { CardsPage } from './share/CardsPage.tsx';
import { PosterPage } from './share/PosterPage.tsx';
import { SharePage } from './share/SharePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { LoadError } from '../shared/ui/LoadError.tsx';

type EditorProps = { orgId: string; surveyId: string };

/** The survey editor is the app's heaviest page: its code loads on demand, on first use. */
const loadEditor = () => import('./editor/EditorPage.tsx');

/** Loads the editor's code with plain state rather than Suspense: loading, shown, or failed. */
function Editor(props: EditorProps) {
  const [loaded, setLoaded] = useState<{ Page: ComponentType<EditorProps> } | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    loadEditor().then(
      (module) => current && setLoaded({ Page: module.EditorPage }),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, []);
  if (loaded === 'failed') return <ChunkFailed />;
  if (loaded === 'loading') return <LoadingFrame />;
  return <loaded.Page {...props} />;
}

/** The coordinators' app: one page for /app…, /login, /setup/… and /invite/…, with a history-API router. */
export function App() {
  const [lang, setLang] = useLangState();
  const path = usePath();
  const route = matchRoute(path, location.search);
  return (
    <LangContext.Provider value={lang}>
      <SetLangContext.Provider value={setLang}>
        <Screen route={route} />
      </SetLangContext.Provider>
    </LangContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'login':
      return <LoginPage next={route.next} />;
    case 'setup':
      return <SetupPage token={route.token} />;
    case 'invite':
      return <AcceptInvitePage token={route.token} />;
    case 'reset':
      return <ResetPage token={route.token} />;
    case 'dashboard':
      return <DashboardPage orgId={route.orgId} />;
    case 'newSurvey':
      return <NewSurveyPage orgId={route.orgId} />;
    case 'members':
      return <MembersPage orgId={route.orgId} />;
    case 'audit':
      return <AuditPage orgId={route.orgId} />;
    case 'account':
      return <AccountPage />;
    case 'survey':
      return <Redirect to={paths.survey(route.orgId, route.surveyId, 'results')} />;
    case 'edit':
      return <Editor key={route.surveyId} orgId={route.orgId} surveyId={route.surveyId} />;
    case 'share':
      return <SharePage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'poster':
      return <PosterPage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'cards':
      return <CardsPage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'results':
      return <ResultsPage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'report':
      return <ReportPage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'register':
      return <RegisterPage orgId={route.orgId} surveyId={route.surveyId} />;
    case 'liveList':
      return <LiveListPage orgId={route.orgId} />;
    case 'liveConsole':
      return <LiveConsolePage key={route.sessionId} orgId={route.orgId} sessionId={route.sessionId} />;
    case 'liveProjector':
      return <ProjectorPage key={route.sessionId} orgId={route.orgId} sessionId={route.sessionId} />;
    case 'ideas':
      return <IdeasPages orgId={route.orgId} rest={route.rest} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}

const chunkText = {
  fr: {
    title: 'Questions',
    failed:
      'L’éditeur n’a pas pu s’afficher : Pouls vient peut-être d’être mis à jour, ou la connexion a été coupée. Rechargez la page ; ce qui a été enregistré est conservé.',
  },
  en: {
    title: 'Questions',
    failed: 'The editor could not be shown: Pouls may just have been updated, or the connection dropped. Reload the page; what was saved is kept.',
  },
};

/** The editor's code could not be fetched (a new deployment replaced it, or the network failed). */
function ChunkFailed() {
  const text = useText(chunkText);
  return (
    <CoordinatorFrame title={text.title}>
      <LoadError inPage message={text.failed} onRetry={() => location.reload()} />
    </CoordinatorFrame>
  );
}

function LoadingFrame() {
  const text = useText(chunkText);
  return (
    <CoordinatorFrame title={text.title}>
      <Loading />
    </CoordinatorFrame>
  );
}
