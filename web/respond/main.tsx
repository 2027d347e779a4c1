import { render } from 'preact';
import { slugFromPath } from '../shared/api/survey.ts';
import './respond.css';
import { RespondApp } from './RespondApp.tsx';

render(<RespondApp slug={slugFromPath(location.pathname)} />, document.getElementById('app')!);
