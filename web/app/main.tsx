import { render } from 'preact';
import './build.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
