import { render } from 'preact';
import './display.css';
import { DisplayApp } from './DisplayApp.tsx';

render(<DisplayApp />, document.getElementById('app')!);
