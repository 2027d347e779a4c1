import { render } from 'preact';
// The app's stylesheets, each beside its feature, in one list: the order is the cascade's (a later file
// wins a tie), and one list keeps it as it was whatever order the pages' modules load in.
import '../results/results.css';
import './ui/basics.css';
import './ui/forms.css';
import './dashboard/new-survey.css';
import './ui/alerts.css';
import './ui/dialog.css';
import './auth/auth.css';
import './dashboard/dashboard.css';
import './members/members.css';
import './survey/survey.css';
import './share/share.css';
import './share/sheets.css';
import './results/results.css';
import './results/register.css';
import './ui/print.css';
import './population/population.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
