import { NotFoundPage } from '../NotFoundPage.tsx';
import { AddIdeasPage } from './AddIdeasPage.tsx';
import { BoxesPage } from './BoxesPage.tsx';
import { BoxSettingsPage } from './BoxSettingsPage.tsx';
import { matchBoxRoute } from './box-routes.ts';
import { IdeaPage } from './IdeaPage.tsx';
import { KiosksPage } from './KiosksPage.tsx';
import { NewBoxPage } from './NewBoxPage.tsx';
import { PosterPage } from './PosterPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import './ideas.css';

/** `/app/o/:orgId/boxes…`: the idea box's pages. */
export function IdeasArea({ orgId, rest }: { orgId: string; rest: string }) {
  const route = matchBoxRoute(rest);
  switch (route.page) {
    case 'list':
      return <BoxesPage orgId={orgId} />;
    case 'new':
      return <NewBoxPage orgId={orgId} />;
    case 'queue':
      return <QueuePage key={route.boxId} orgId={orgId} boxId={route.boxId} />;
    case 'settings':
      return <BoxSettingsPage key={route.boxId} orgId={orgId} boxId={route.boxId} />;
    case 'add':
      return <AddIdeasPage key={route.boxId} orgId={orgId} boxId={route.boxId} />;
    case 'kiosks':
      return <KiosksPage key={route.boxId} orgId={orgId} boxId={route.boxId} />;
    case 'poster':
      return <PosterPage key={route.boxId} orgId={orgId} boxId={route.boxId} />;
    case 'idea':
      return <IdeaPage key={route.ideaId} orgId={orgId} boxId={route.boxId} ideaId={route.ideaId} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
