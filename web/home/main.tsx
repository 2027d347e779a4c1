import { render } from 'preact';
import './home.css';
import { HomeApp } from './HomeApp.tsx';

render(<HomeApp />, document.getElementById('app')!);
