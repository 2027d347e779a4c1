import { render } from 'preact';
import { slugFromPath } from '../shared/api/survey.ts';
import './results.css';
import { ResultsApp } from './ResultsApp.tsx';

render(<ResultsApp slug={slugFromPath(location.pathname)} />, document.getElementById('app')!);
