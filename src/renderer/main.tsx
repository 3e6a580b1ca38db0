import { render } from 'preact';
import { App } from './app.tsx';
import { connectToApp } from './state/app-state.ts';

connectToApp();
render(<App />, document.getElementById('app')!);
