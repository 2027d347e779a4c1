import { render } from 'preact';
import './ideas.css';
import { IdeasApp } from './IdeasApp.tsx';

render(<IdeasApp />, document.getElementById('app')!);
