import { render } from 'preact';
import './live.css';
import { LiveApp } from './LiveApp.tsx';
import { codeFromPath } from './model.ts';

render(<LiveApp initialCode={codeFromPath(location.pathname)} />, document.getElementById('app')!);
